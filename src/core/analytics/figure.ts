// The shape every analytics answer shares, so the web draws any figure with one chart component and
// offers the same numbers as a table and as CSV. Rows carry machine keys; labels are Localized.
import type { IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";

export const ANALYTICS_FIGURES = [
  "win-rate-by-warmth",
  "tenders-by-coverage",
  "journey",
  "trends",
  "self-check",
  "keep-in-touch",
] as const;
export type AnalyticsFigureKey = (typeof ANALYTICS_FIGURES)[number];

/** "me": my contacts, deals and self-checks; "team": the whole workspace, owners and admins only. */
export const ANALYTICS_SCOPES = ["me", "team"] as const;
export type AnalyticsScope = (typeof ANALYTICS_SCOPES)[number];

/** How a column's numbers are meant: shares are 0–1, money is integer cents, ratings are 1–5. */
export const COLUMN_UNITS = ["label", "text", "count", "share", "cents", "days", "rating", "flag"] as const;
export type ColumnUnit = (typeof COLUMN_UNITS)[number];

export interface FigureColumn {
  key: string;
  label: Localized;
  unit: ColumnUnit;
}

export type CellValue = string | number | boolean | null | Localized;
export type FigureRow = Record<string, CellValue>;

export const CHART_KINDS = ["bar", "stacked_bar", "line"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Which row key is the x axis and which keys are drawn; every key names a column. */
export interface ChartSpec {
  kind: ChartKind;
  x: string;
  y: string[];
}

export interface FigureTable {
  title: Localized;
  columns: FigureColumn[];
  /** Rows with `smallSample: true` rest on too few cases: the UI greys them. */
  rows: FigureRow[];
  chart: ChartSpec;
  /** Plain-language warning for the whole table, or null. */
  caution: Localized | null;
}

/** A single headline number ("median 212 days to trust, from 14 contacts"). */
export interface Highlight {
  key: string;
  label: Localized;
  value: number | null;
  unit: ColumnUnit;
  /** How many cases the number rests on. */
  count: number;
  smallSample: boolean;
  caution: Localized | null;
}

/** Set when a figure was computed from a subset of the contacts, to stay fast at any size. */
export interface SampleInfo {
  contacts: number;
  of: number;
}

/** What a pure figure computation returns; the service adds who asked, when and from what. */
export interface FigureBody extends FigureTable {
  /** How the figure was made (what "warmth at close" means, what was reconstructed). */
  note: Localized | null;
  highlights: Highlight[];
  /** Further charts of the same figure, each with its own table; CSV export by key. */
  sections: Record<string, FigureTable>;
}

export interface AnalyticsFigure extends FigureBody {
  figure: AnalyticsFigureKey;
  scope: AnalyticsScope;
  asOf: IsoDateTime;
  sample: SampleInfo | null;
}
