import { addDays, type IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import { CITATIONS, DEADLINE_RULES } from "./deadline-rules.ts";
import {
  earliestSubmissionDeadline,
  latestAnswerDate,
  participationRule as ruleForParticipation,
  submissionRule as ruleForSubmission,
  standstillEnd,
} from "./deadlines.ts";
import { formatDay } from "./format.ts";
import type { PeriodOptions } from "./period.ts";
import { isEuProcedure } from "./procedure.ts";
import type { Tender } from "./tender.ts";

export const TENDER_DATE_VIOLATIONS = [
  "submission_before_publication",
  "participation_period_too_short",
  "submission_period_too_short",
  "answer_too_late",
  "award_notice_before_submission_deadline",
  "award_during_standstill",
] as const;
export type TenderDateViolationCode = (typeof TENDER_DATE_VIOLATIONS)[number];

export interface TenderDateViolation {
  code: TenderDateViolationCode;
  source: string | null;
  text: Localized;
}

/**
 * Checks the dates of a tender against the statutory minimums. Minimums apply only to EU procedures;
 * the order of events is checked for every procedure.
 */
export function checkTenderDates(tender: Tender, options: PeriodOptions = {}): TenderDateViolation[] {
  const out: TenderDateViolation[] = [];
  const { publishedOn, submissionDeadline } = tender;
  const eu = isEuProcedure(tender.procedure);

  if (publishedOn && submissionDeadline && submissionDeadline <= publishedOn) {
    out.push({
      code: "submission_before_publication",
      source: null,
      text: {
        de: `Die Angebotsfrist (${formatDay(submissionDeadline).de}) liegt nicht nach der Bekanntmachung (${formatDay(publishedOn).de}).`,
        en: `The submission deadline (${formatDay(submissionDeadline).en}) is not after the notice (${formatDay(publishedOn).en}).`,
      },
    });
  }

  if (eu && publishedOn) {
    const deadlineOptions = {
      ...options,
      electronic: tender.electronic,
      priorInformationNotice: tender.priorInformationNotice,
      urgency: tender.urgency,
    };
    const participationRule = ruleForParticipation(tender.procedure, deadlineOptions);
    const minimumParticipation = earliestSubmissionDeadline(
      tender.procedure,
      publishedOn,
      deadlineOptions,
    ).participationDeadline;
    const participation = tender.participationDeadline ?? null;
    if (participationRule && minimumParticipation && participation && participation < minimumParticipation) {
      out.push({
        code: "participation_period_too_short",
        source: participationRule.source,
        text: {
          de: `Die Teilnahmefrist (${formatDay(participation).de}) ist zu kurz: mindestens ${participationRule.days} Tage, also frühestens ${formatDay(minimumParticipation).de} (${participationRule.source}).`,
          en: `The participation deadline (${formatDay(participation).en}) is too short: at least ${participationRule.days} days, so ${formatDay(minimumParticipation).en} at the earliest (${participationRule.source}).`,
        },
      });
    }
    // The invitation cannot go out before the participation period has ended.
    const invitationSentOn =
      tender.invitationSentOn ??
      (participation && minimumParticipation
        ? addDays(maxDay(participation, minimumParticipation), 1)
        : null);
    const earliest = earliestSubmissionDeadline(tender.procedure, publishedOn, {
      ...deadlineOptions,
      invitationSentOn,
    });
    const offerRule = ruleForSubmission(tender.procedure, deadlineOptions);
    const minimum = earliest.submissionDeadline;
    if (offerRule && minimum && submissionDeadline && submissionDeadline < minimum) {
      out.push({
        code: "submission_period_too_short",
        source: offerRule.source,
        text: {
          de: `Die Angebotsfrist (${formatDay(submissionDeadline).de}) ist zu kurz: mindestens ${offerRule.days} Tage, also frühestens ${formatDay(minimum).de} (${offerRule.source}).`,
          en: `The submission deadline (${formatDay(submissionDeadline).en}) is too short: at least ${offerRule.days} days, so ${formatDay(minimum).en} at the earliest (${offerRule.source}).`,
        },
      });
    }
  }

  if (eu && submissionDeadline) {
    const latest = latestAnswerDate(submissionDeadline, { urgency: tender.urgency });
    const source = tender.urgency
      ? DEADLINE_RULES.answersBeforeDeadlineUrgent.source
      : DEADLINE_RULES.answersBeforeDeadline.source;
    for (const question of tender.bidderQuestions ?? []) {
      if (question.answeredOn && question.answeredOn > latest && question.askedOn <= latest) {
        out.push({
          code: "answer_too_late",
          source,
          text: {
            de: `Die Antwort auf die Bieterfrage vom ${formatDay(question.askedOn).de} kam am ${formatDay(question.answeredOn).de}, nach dem ${formatDay(latest).de}: Wurde die Frage rechtzeitig gestellt, muss die Angebotsfrist verlängert werden (${source}).`,
            en: `The answer to the bidder question of ${formatDay(question.askedOn).en} came on ${formatDay(question.answeredOn).en}, after ${formatDay(latest).en}: if the question was asked in time, the submission deadline must be extended (${source}).`,
          },
        });
      }
    }
  }

  const { awardNoticeSentOn, awardedOn } = tender;
  if (awardNoticeSentOn && submissionDeadline && awardNoticeSentOn < submissionDeadline) {
    out.push({
      code: "award_notice_before_submission_deadline",
      source: null,
      text: {
        de: `Die Vorabinformation (${formatDay(awardNoticeSentOn).de}) liegt vor dem Ende der Angebotsfrist (${formatDay(submissionDeadline).de}).`,
        en: `The award information (${formatDay(awardNoticeSentOn).en}) precedes the submission deadline (${formatDay(submissionDeadline).en}).`,
      },
    });
  }

  if (eu && awardNoticeSentOn && awardedOn) {
    const electronic = tender.awardNoticeElectronic ?? false;
    const lastDay = standstillEnd(awardNoticeSentOn, electronic, options);
    if (awardedOn <= lastDay) {
      const rule = electronic ? DEADLINE_RULES.standstillElectronic : DEADLINE_RULES.standstill;
      out.push({
        code: "award_during_standstill",
        source: rule.source,
        text: {
          de: `Der Zuschlag (${formatDay(awardedOn).de}) fiel in die Wartefrist von ${rule.days} Kalendertagen, die am ${formatDay(lastDay).de} endet (${rule.source}); ein solcher Vertrag kann unwirksam sein (${CITATIONS.voidContract}).`,
          en: `The award (${formatDay(awardedOn).en}) fell within the ${rule.days}-calendar-day standstill ending on ${formatDay(lastDay).en} (${rule.source}); such a contract can be declared void (${CITATIONS.voidContract}).`,
        },
      });
    }
  }

  return out;
}

function maxDay(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
