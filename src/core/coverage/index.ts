export { EARLY_WARNING_DAYS, type EarlyWarning, earlyWarning, LOW_COVERAGE_BELOW } from "./early-warning.ts";
export { describeLastContact, monthsBetween } from "./last-contact.ts";
export {
  DAYS_PER_TOUCH_ROUND,
  MAX_TOUCH_ROUNDS,
  type PlannedTouch,
  readinessPlan,
} from "./readiness-plan.ts";
export {
  type Coverage,
  type CoverageGap,
  type CoveragePart,
  MISSING_DECISION_MAKER_WEIGHT,
  ROLE_WEIGHTS,
  scoreCoverage,
  weightOf,
} from "./score-coverage.ts";
export {
  type Influence,
  ROLE_LABELS,
  STAKEHOLDER_ROLES,
  type Stakeholder,
  type StakeholderRole,
} from "./stakeholder.ts";
export {
  BAND_LABELS,
  WARMTH_BANDS,
  WARMTH_CLOSE_FROM,
  WARMTH_COOL_FROM,
  WARMTH_WARM_FROM,
  type WarmthBand,
  warmthBand,
} from "./warmth-bands.ts";
