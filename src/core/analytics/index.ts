// "Does friendship sell?": analytics from the user's own data, all pure. The store feeds sums and
// histories (src/store/analytics); every figure comes back as a table with its chart and cautions.
export type {
  AddressFormChangeLike,
  ContactHistory,
  ContactTimeline,
  StageChangeLike,
} from "./contact-history.ts";
export { existedAt, factCountAt, personAt, prepareTimeline, signalsAt, warmthAt } from "./contact-history.ts";
export type {
  AnalyticsFigure,
  AnalyticsFigureKey,
  AnalyticsScope,
  CellValue,
  ChartKind,
  ChartSpec,
  ColumnUnit,
  FigureBody,
  FigureColumn,
  FigureRow,
  FigureTable,
  Highlight,
  SampleInfo,
} from "./figure.ts";
export { ANALYTICS_FIGURES, ANALYTICS_SCOPES, CHART_KINDS, COLUMN_UNITS } from "./figure.ts";
export { type CellStyle, columnHeader, formatCell, tableCells } from "./figure-table.ts";
export { figureText, tableText } from "./figure-text.ts";
export type { DuSwitch, JourneyInput, PromotedContact, StageMoveCount } from "./journey.ts";
export { becameFriend, daysToDu, daysToTrust, journey } from "./journey.ts";
export type { OverdueBucket } from "./keep-in-touch.ts";
export {
  HISTORY_MONTHS,
  historyPoints,
  keepInTouch,
  OVERDUE_BUCKETS,
  overdueBucket,
} from "./keep-in-touch.ts";
export { GROUP_LABELS, OUTCOME_GROUPS, type OutcomeGroup } from "./outcome-rows.ts";
export {
  endOfDay,
  lastMonths,
  lastQuarters,
  monthOf,
  monthStart,
  quarterOf,
  quarterStart,
} from "./periods.ts";
export { ANALYTICS_FORMATS, type AnalyticsFormat, type AnalyticsQuery, analyticsQuery } from "./query.ts";
export { emptyMonth, type MonthlyRatings, ratingTrends } from "./rating-trends.ts";
export { combineCautions, SAMPLE_CONTACTS, sampleCaution, sampleInfo } from "./sample.ts";
export {
  MIN_TEAM_AUTHORS,
  type MonthlySelfChecks,
  selfCheckScore,
  selfCheckTrend,
} from "./self-check-trend.ts";
export { isSmallSample, SMALL_SAMPLE_BELOW, smallSampleCaution } from "./small-sample.ts";
export { median, ratio } from "./stats.ts";
export {
  coverageAtPublication,
  type DecidedTender,
  type StakeholderAtPublication,
  tendersByCoverage,
} from "./tenders-by-coverage.ts";
export {
  type ClosedDeal,
  type DecisionMakerWarmth,
  daysToClose,
  dealGroup,
  decisionMakerWarmth,
  winRateByWarmth,
} from "./win-rate-by-warmth.ts";
