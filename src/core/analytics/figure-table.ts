// A figure table as plain cells in one language: for CSV (bare numbers, the unit in the header, the
// decimal mark of the language so German Excel reads "62,5" as a number) and for the CLI (numbers
// with their unit, grouped for reading).
import type { Locale, Localized } from "../locale.ts";
import type { CellValue, ColumnUnit, FigureColumn, FigureTable } from "./figure.ts";

export type CellStyle = "csv" | "text";

const UNIT_SUFFIX: Partial<Record<ColumnUnit, Localized>> = {
  share: { de: " (%)", en: " (%)" },
  cents: { de: " (EUR)", en: " (EUR)" },
  days: { de: " (Tage)", en: " (days)" },
};

function isLocalized(value: CellValue): value is Localized {
  return typeof value === "object" && value !== null && "de" in value && "en" in value;
}

function formatNumber(value: number, digits: number, locale: Locale, style: CellStyle): string {
  return new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: style === "text",
  }).format(value);
}

export function formatCell(
  value: CellValue,
  unit: ColumnUnit,
  locale: Locale,
  style: CellStyle = "csv",
): string {
  if (value === null) return style === "text" ? "–" : "";
  if (isLocalized(value)) return value[locale];
  if (typeof value === "boolean") return locale === "de" ? (value ? "ja" : "nein") : value ? "yes" : "no";
  if (typeof value === "string") return value;
  switch (unit) {
    case "share": {
      const percent = formatNumber(value * 100, 1, locale, style);
      return style === "text" ? `${percent} %` : percent;
    }
    case "cents": {
      const euros = formatNumber(value / 100, 2, locale, style);
      return style === "text" ? `${euros} €` : euros;
    }
    case "rating":
      return formatNumber(value, 2, locale, style);
    case "days":
      return formatNumber(value, Number.isInteger(value) ? 0 : 1, locale, style);
    default:
      return formatNumber(value, Number.isInteger(value) ? 0 : 1, locale, style);
  }
}

export function columnHeader(column: FigureColumn, locale: Locale, style: CellStyle = "csv"): string {
  const suffix = style === "csv" ? (UNIT_SUFFIX[column.unit]?.[locale] ?? "") : "";
  return `${column.label[locale]}${suffix}`;
}

/** The header row, then one row of cells per table row, in column order. */
export function tableCells(table: FigureTable, locale: Locale, style: CellStyle = "csv"): string[][] {
  return [
    table.columns.map((c) => columnHeader(c, locale, style)),
    ...table.rows.map((row) =>
      table.columns.map((c) => formatCell(row[c.key] ?? null, c.unit, locale, style)),
    ),
  ];
}
