import { addDays, type IsoDate } from "../dates.ts";
import type { TenderInput } from "../schemas/deal.ts";
import { earliestSubmissionDeadline, standstillEnd, type ThresholdKind } from "../tender/index.ts";
import type { TenderSlot } from "./deal-catalogue.ts";
import type { Rng } from "./random.ts";

// The three tenders of the demo, one per phase as of today: expected in about 60 days (the runway
// the readiness plan is for), published ten days ago (contact with the buyer restricted until the
// award), and decided a few months ago. Their dates keep the statutory minimums (checkTenderDates
// finds nothing), so the demo never shows a tender the law would not allow.

export interface TenderPlan {
  title: string;
  tender: TenderInput;
  /** Pipeline steps the procedure dictates: when we qualified it, made our offer, heard the award. */
  qualifiedOn: IsoDate;
  proposalOn: IsoDate | null;
  awardNoticeOn: IsoDate | null;
  /** When it was decided; null while open. */
  decidedOn: IsoDate | null;
  expectedCloseOn: IsoDate;
}

interface TenderKindSpec {
  title: (year: number) => string;
  thresholdKind: ThresholdKind;
  /** Estimated value in euros. */
  estimate: readonly [min: number, max: number];
}

const SPECS: Record<TenderSlot, TenderKindSpec> = {
  before_publication: {
    title: (year) => `Rahmenvertrag Pumpentechnik Wasserwerke ${year}–${year + 3}`,
    thresholdKind: "supplies_services_sectors",
    estimate: [1_100_000, 1_400_000],
  },
  running: {
    title: (year) => `Wartung Pumpen und Antriebe Haustechnik ${year}–${year + 3}`,
    thresholdKind: "supplies_services_sub_central",
    estimate: [320_000, 420_000],
  },
  decided: {
    title: () => "Austausch Heizungs- und Trinkwasserpumpen Haus B",
    thresholdKind: "supplies_services_sub_central",
    estimate: [260_000, 340_000],
  },
};

/** Days from the notice to our offer deadline beyond the 30-day electronic minimum (§ 15 VgV). */
const EXTRA_OFFER_DAYS = 5;

export function planTender(
  rng: Rng,
  slot: TenderSlot,
  options: { today: IsoDate; decidedAround?: IsoDate },
): TenderPlan {
  const { today } = options;
  const spec = SPECS[slot];
  const estimate = rng.int(spec.estimate[0] / 1000, spec.estimate[1] / 1000) * 1000;
  const base: TenderInput = {
    procedure: "open",
    thresholdKind: spec.thresholdKind,
    estimatedValueCents: estimate * 100,
    expectedPublicationOn: null,
    publishedOn: null,
    participationDeadline: null,
    invitationSentOn: null,
    questionDeadline: null,
    submissionDeadline: null,
    awardNoticeSentOn: null,
    awardedOn: null,
    cancelledOn: null,
    electronic: true,
    priorInformationNotice: false,
    urgency: false,
    awardNoticeElectronic: true,
    helpsWriteSpecification: false,
  };
  if (slot === "before_publication") {
    const expected = addDays(today, rng.int(58, 62));
    return {
      title: spec.title(Number(expected.slice(0, 4)) + 1),
      tender: { ...base, expectedPublicationOn: expected },
      qualifiedOn: addDays(today, -rng.int(30, 45)),
      proposalOn: null,
      awardNoticeOn: null,
      decidedOn: null,
      expectedCloseOn: addDays(expected, rng.int(90, 110)),
    };
  }
  if (slot === "running") {
    const published = addDays(today, -10);
    const submission = offerDeadline(published, rng);
    return {
      title: spec.title(Number(submission.slice(0, 4)) + 1),
      tender: {
        ...base,
        expectedPublicationOn: addDays(published, -rng.int(0, 14)),
        publishedOn: published,
        questionDeadline: addDays(submission, -10),
        submissionDeadline: submission,
      },
      qualifiedOn: addDays(published, -rng.int(50, 80)),
      proposalOn: published,
      awardNoticeOn: null,
      decidedOn: null,
      expectedCloseOn: addDays(submission, rng.int(45, 60)),
    };
  }
  // Decided: work back from the day it should be decided to a notice that makes the dates lawful.
  const around = options.decidedAround ?? addDays(today, -120);
  const awardNotice = addDays(around, -12);
  const published = addDays(awardNotice, -rng.int(60, 75));
  const submission = offerDeadline(published, rng);
  const awarded = addDays(standstillEnd(awardNotice, true), 1);
  return {
    title: spec.title(0),
    tender: {
      ...base,
      expectedPublicationOn: addDays(published, -rng.int(0, 14)),
      publishedOn: published,
      questionDeadline: addDays(submission, -10),
      submissionDeadline: submission,
      awardNoticeSentOn: awardNotice,
      awardedOn: awarded,
    },
    qualifiedOn: addDays(published, -rng.int(50, 80)),
    proposalOn: published,
    awardNoticeOn: awardNotice,
    decidedOn: awarded,
    expectedCloseOn: awarded,
  };
}

/** An offer deadline a few days past the earliest lawful one, as buyers set them. */
function offerDeadline(published: IsoDate, rng: Rng): IsoDate {
  const earliest = earliestSubmissionDeadline("open", published, { electronic: true }).submissionDeadline;
  return addDays(earliest ?? addDays(published, 30), EXTRA_OFFER_DAYS + rng.int(0, 3));
}
