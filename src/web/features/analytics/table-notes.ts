import type { FigureColumn, FigureTable } from "../../../core/analytics/index.ts";
import type { Locale } from "../../../core/locale.ts";
import { isLocalized } from "./figure-format.ts";

export interface NotedTable {
  /** The columns of numbers and labels; text columns become notes. */
  columns: FigureColumn[];
  /** Per row: the number of its note (1-based), or null. */
  rowNotes: (number | null)[];
  /** Each distinct text once, numbered in order of first use. */
  notes: string[];
}

/**
 * Row texts ("Kleine Stichprobe: nur 9 Aufträge …") as numbered notes under the table instead of
 * a column: a sentence in every row would make the table tall on a laptop and send the most
 * important words off-screen on a phone. Equal texts share one note.
 */
export function tableNotes(table: Pick<FigureTable, "columns" | "rows">, locale: Locale): NotedTable {
  const textColumns = table.columns.filter((c) => c.unit === "text");
  const notes: string[] = [];
  const rowNotes = table.rows.map((row) => {
    const texts = textColumns
      .map((c) => row[c.key] ?? null)
      .map((value) => (isLocalized(value) ? value[locale] : typeof value === "string" ? value : ""))
      .filter((text) => text.trim() !== "");
    if (texts.length === 0) return null;
    const text = texts.join(" ");
    const known = notes.indexOf(text);
    if (known >= 0) return known + 1;
    notes.push(text);
    return notes.length;
  });
  return { columns: table.columns.filter((c) => c.unit !== "text"), rowNotes, notes };
}
