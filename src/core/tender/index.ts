export {
  checkTenderDates,
  type TenderDateViolation,
  type TenderDateViolationCode,
} from "./check-tender-dates.ts";
export { type ContactRules, contactRules, projectInvolvementWarning } from "./contact-rules.ts";
export { CITATIONS, DEADLINE_RULES, type DeadlineRule } from "./deadline-rules.ts";
export {
  type DeadlineOptions,
  type EarliestDeadlines,
  earliestSubmissionDeadline,
  latestAnswerDate,
  standstillEnd,
} from "./deadlines.ts";
export { isNationwideHoliday, nationwideHolidays } from "./holidays.ts";
export { type PeriodOptions, periodEnd } from "./period.ts";
export { TENDER_PHASES, type TenderPhase, tenderPhase } from "./phase.ts";
export { isEuProcedure, isPublicProcedure, PROCEDURE_TYPES, type ProcedureType } from "./procedure.ts";
export type { BidderQuestion, Tender, TenderDates } from "./tender.ts";
export {
  DEFAULT_THRESHOLDS,
  isAboveEuThreshold,
  THRESHOLD_KINDS,
  type ThresholdKind,
  type ThresholdPeriod,
  thresholdFor,
} from "./thresholds.ts";
