export { formatEuro } from "./format-euro.ts";
export {
  GIFT_DIRECTIONS,
  GIFT_KINDS,
  type GiftDirection,
  type GiftEntry,
  type GiftKind,
} from "./gift-entry.ts";
export {
  GIFT_WARNING_SEVERITIES,
  type GiftWarning,
  type GiftWarningCode,
  type GiftWarningInput,
  type GiftWarningSeverity,
  giftWarnings,
} from "./gift-warnings.ts";
export {
  countsTowardGiftLimit,
  GIFT_LIMITS,
  giftLimitFor,
  HOSPITALITY_DEDUCTIBLE_PERCENT,
  isHospitality,
} from "./tax-rules.ts";
export { type PersonGiftSummary, type YearlyGiftSummary, yearlyGiftSummary } from "./yearly-summary.ts";
