// A figure as readable text for the terminal (`kundenfreund stats`): the same numbers and cautions
// as the API, aligned in columns; rows resting on too few cases are marked and explained below.
import type { Locale } from "../locale.ts";
import type { AnalyticsFigure, FigureTable } from "./figure.ts";
import { columnHeader, formatCell } from "./figure-table.ts";

const SMALL_MARK = "°";

export function tableText(table: FigureTable, locale: Locale): string[] {
  const columns = table.columns.filter((c) => c.unit !== "text");
  const header = columns.map((c) => columnHeader(c, locale, "text"));
  const body = table.rows.map((row) =>
    columns.map((c, i) => {
      const cell = formatCell(row[c.key] ?? null, c.unit, locale, "text");
      return i === 0 && row.smallSample === true ? `${cell}${SMALL_MARK}` : cell;
    }),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const lines = [line(header), ...body.map(line)];
  if (table.rows.some((r) => r.smallSample === true)) {
    lines.push(
      locale === "de"
        ? `${SMALL_MARK} weniger als 10 Fälle: nur ein Hinweis, kein verlässlicher Wert`
        : `${SMALL_MARK} fewer than 10 cases: a hint, not a reliable figure`,
    );
  }
  return lines;
}

export function figureText(figure: AnalyticsFigure, locale: Locale): string {
  const lines = [figure.title[locale], "=".repeat(figure.title[locale].length)];
  for (const h of figure.highlights) {
    const unit = h.unit === "days" ? (locale === "de" ? " Tage" : " days") : "";
    const value = formatCell(h.value, h.unit, locale, "text");
    // A count is its own basis; averages and medians say how many cases they rest on.
    const basis = h.unit === "count" ? "" : locale === "de" ? ` (aus ${h.count})` : ` (from ${h.count})`;
    lines.push(`${h.label[locale]}: ${value}${h.value === null ? "" : unit}${basis}`);
    if (h.caution) lines.push(`  ⚠ ${h.caution[locale]}`);
  }
  if (figure.highlights.length > 0) lines.push("");
  lines.push(...tableText(figure, locale));
  for (const [, section] of Object.entries(figure.sections)) {
    lines.push("", section.title[locale], ...tableText(section, locale));
    if (section.caution) lines.push(`⚠ ${section.caution[locale]}`);
  }
  if (figure.caution) lines.push("", `⚠ ${figure.caution[locale]}`);
  if (figure.note) lines.push(figure.note[locale]);
  return `${lines.join("\n")}\n`;
}
