import { addDays, type IsoDate } from "../dates.ts";
import { DEADLINE_RULES, type DeadlineRule } from "./deadline-rules.ts";
import { type PeriodOptions, periodEnd } from "./period.ts";
import type { ProcedureType } from "./procedure.ts";

export interface DeadlineOptions extends PeriodOptions {
  /** The buyer accepts offers by electronic means (§ 15 Abs. 4, § 16 Abs. 8, § 17 Abs. 9 VgV). */
  electronic?: boolean;
  /** A prior information notice that meets § 38 Abs. 3 VgV was published. */
  priorInformationNotice?: boolean;
  /** The buyer relies on duly substantiated urgency. */
  urgency?: boolean;
  /**
   * When the invitation to tender was sent (two-stage procedures). Unknown: the earliest possible
   * day is assumed, the day after the participation period ended.
   */
  invitationSentOn?: IsoDate | null;
}

export interface EarliestDeadlines {
  /** Last day of the minimum participation period; null for single-stage procedures. */
  participationDeadline: IsoDate | null;
  /** Earliest lawful offer deadline; null where no statutory minimum exists. */
  submissionDeadline: IsoDate | null;
  /** The rules applied, in order (participation first). */
  rules: DeadlineRule[];
}

/** The shortest of the periods the options allow — each shortening is an alternative, not cumulative. */
function shortest(...candidates: (DeadlineRule | false | undefined)[]): DeadlineRule {
  let best: DeadlineRule | null = null;
  for (const candidate of candidates) {
    if (candidate && (best === null || candidate.days < best.days)) best = candidate;
  }
  if (best === null) throw new Error("unreachable: the regular period is always a candidate");
  return best;
}

function offerRule(procedure: "restricted" | "negotiated", options: DeadlineOptions): DeadlineRule {
  const r = DEADLINE_RULES;
  return procedure === "restricted"
    ? shortest(
        r.restrictedOffers,
        options.electronic && r.restrictedOffersElectronic,
        options.urgency && r.restrictedOffersUrgent,
        options.priorInformationNotice && r.restrictedOffersAfterPriorInformation,
      )
    : shortest(
        r.negotiatedOffers,
        options.electronic && r.negotiatedOffersElectronic,
        options.urgency && r.negotiatedOffersUrgent,
        options.priorInformationNotice && r.negotiatedOffersAfterPriorInformation,
      );
}

export function participationRule(procedure: ProcedureType, options: DeadlineOptions): DeadlineRule | null {
  const r = DEADLINE_RULES;
  switch (procedure) {
    case "restricted":
      return shortest(r.restrictedParticipation, options.urgency && r.restrictedParticipationUrgent);
    case "negotiated":
      return shortest(r.negotiatedParticipation, options.urgency && r.negotiatedParticipationUrgent);
    case "competitive_dialogue":
      return r.dialogueParticipation;
    default:
      return null;
  }
}

export function submissionRule(procedure: ProcedureType, options: DeadlineOptions): DeadlineRule | null {
  const r = DEADLINE_RULES;
  switch (procedure) {
    case "open":
      return shortest(
        r.openOffers,
        options.electronic && r.openOffersElectronic,
        options.urgency && r.openOffersUrgent,
        options.priorInformationNotice && r.openOffersAfterPriorInformation,
      );
    case "restricted":
    case "negotiated":
      return offerRule(procedure, options);
    default:
      // Competitive dialogue, UVgO (§ 13 UVgO: "angemessen") and private tenders: no minimum.
      return null;
  }
}

/**
 * The earliest lawful deadlines for a procedure whose contract notice was sent on `noticeSentOn`.
 * Periods are counted from the day after the event and end on a working day (§ 82 VgV).
 */
export function earliestSubmissionDeadline(
  procedure: ProcedureType,
  noticeSentOn: IsoDate,
  options: DeadlineOptions = {},
): EarliestDeadlines {
  const rules: DeadlineRule[] = [];
  const participation = participationRule(procedure, options);
  let participationDeadline: IsoDate | null = null;
  if (participation) {
    rules.push(participation);
    participationDeadline = periodEnd(noticeSentOn, participation.days, options);
  }
  const offers = submissionRule(procedure, options);
  if (!offers) return { participationDeadline, submissionDeadline: null, rules };
  rules.push(offers);
  const offersCountFrom =
    participationDeadline === null
      ? noticeSentOn
      : (options.invitationSentOn ?? addDays(participationDeadline, 1));
  return {
    participationDeadline,
    submissionDeadline: periodEnd(offersCountFrom, offers.days, options),
    rules,
  };
}

/**
 * The last day on which answers to bidder questions asked in time must be available; an answer after
 * it obliges the buyer to extend the offer deadline. Counted backwards, so no weekend shift: moving
 * it later would shorten the bidders' time.
 */
export function latestAnswerDate(submissionDeadline: IsoDate, options: { urgency?: boolean } = {}): IsoDate {
  const rule = options.urgency
    ? DEADLINE_RULES.answersBeforeDeadlineUrgent
    : DEADLINE_RULES.answersBeforeDeadline;
  return addDays(submissionDeadline, -rule.days);
}

export interface StandstillOptions extends PeriodOptions {}

/**
 * The last day of the standstill after the information of § 134 Abs. 1 GWB; the contract may be
 * concluded from the following day. Counted from the day after sending (receipt is irrelevant). By
 * default no weekend shift: VK Bund (28.6.2021, VK 2-77/21) and OLG Düsseldorf (14.5.2008,
 * Verg 11/08) hold § 193 BGB inapplicable to this waiting period. Pass `weekendRule: true` for the
 * cautious reading.
 */
export function standstillEnd(
  noticeSentOn: IsoDate,
  electronic: boolean,
  options: StandstillOptions = {},
): IsoDate {
  const rule = electronic ? DEADLINE_RULES.standstillElectronic : DEADLINE_RULES.standstill;
  return periodEnd(noticeSentOn, rule.days, { ...options, weekendRule: options.weekendRule ?? false });
}
