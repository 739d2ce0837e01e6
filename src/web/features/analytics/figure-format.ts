import type { CellValue, ColumnUnit, FigureTable } from "../../../core/analytics/index.ts";
import type { Locale, Localized } from "../../../core/locale.ts";
import { formatCents, formatCentsCompact } from "../../ui/money.ts";

// How the web shows the numbers of an analytics figure: by the column's unit (shares 0–1 as
// percent, money as integer cents, days, 1–5 ratings), in the chosen language.

const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

export function isLocalized(value: CellValue): value is Localized {
  return typeof value === "object" && value !== null && "de" in value && "en" in value;
}

function number(locale: Locale, value: number, options: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

/** One value for a table cell or a chart label; `null` is an en dash. */
export function formatValue(value: CellValue, unit: ColumnUnit, locale: Locale): string {
  if (value === null) return "–";
  if (isLocalized(value)) return formatLabel(value[locale], locale);
  if (typeof value === "boolean") return locale === "de" ? (value ? "ja" : "nein") : value ? "yes" : "no";
  if (typeof value === "string") return formatLabel(value, locale);
  switch (unit) {
    case "share":
      return number(locale, value, { style: "percent", maximumFractionDigits: 1 });
    case "cents":
      return formatCents(locale, Math.round(value));
    case "days":
      return number(locale, value, {
        style: "unit",
        unit: "day",
        unitDisplay: "long",
        maximumFractionDigits: 1,
      });
    case "rating":
      return number(locale, value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    default:
      return number(locale, value, { maximumFractionDigits: 1 });
  }
}

/** An axis tick: shorter than a cell (no decimals on percent, compact money, bare days). */
export function formatTick(value: number, unit: ColumnUnit, locale: Locale): string {
  switch (unit) {
    case "share":
      return number(locale, value, { style: "percent", maximumFractionDigits: 0 });
    case "cents":
      return formatCentsCompact(locale, value);
    case "rating":
      return number(locale, value, { maximumFractionDigits: 1 });
    default:
      return number(locale, value, {
        maximumFractionDigits: 1,
        notation: value >= 10_000 ? "compact" : "standard",
      });
  }
}

/** Month ("2026-03") and day ("2026-03-31") labels in the language's words; other labels unchanged. */
export function formatLabel(text: string, locale: Locale): string {
  if (/^\d{4}-\d{2}$/.test(text)) {
    return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      month: "short",
      year: "2-digit",
      timeZone: "UTC",
    }).format(new Date(`${text}-01T00:00:00.000Z`));
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(`${text}T00:00:00.000Z`),
    );
  }
  return text;
}

export interface ChartPanel {
  unit: ColumnUnit;
  keys: string[];
}

/**
 * The drawn series grouped by unit: a self-check score (share) and an atmosphere (1–5 rating) get a
 * chart each rather than two axes that invite comparing unlike numbers.
 */
export function chartPanels(table: Pick<FigureTable, "chart" | "columns">): ChartPanel[] {
  const panels: ChartPanel[] = [];
  for (const key of table.chart.y) {
    const unit = table.columns.find((c) => c.key === key)?.unit ?? "count";
    const panel = panels.find((p) => p.unit === unit);
    if (panel) panel.keys.push(key);
    else panels.push({ unit, keys: [key] });
  }
  return panels;
}

/** A fixed axis where the unit has natural bounds; undefined lets the chart choose from the data. */
export function domainOf(unit: ColumnUnit): [number, number] | undefined {
  if (unit === "rating") return [1, 5];
  if (unit === "share") return [0, 1];
  return undefined;
}

/** A row's number for the chart: numbers as they are, anything else is a gap. */
export function numeric(value: CellValue | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
