import type { Locale, Localized } from "../../core/locale.ts";
import { unguardCsvCell, writeCsvLines } from "./write-csv.ts";

/**
 * The column a file of failed rows adds after the file's own columns. It names the product, so
 * that no exporter's column is taken for it; a second import of the fixed file leaves it unmapped
 * and reads the file as the same layout as the original (`headerSignature`).
 */
export const REASON_HEADERS: Readonly<Record<Locale, string>> = {
  de: "Kundenfreund: Grund",
  en: "Kundenfreund: reason",
};

const REASON_HEADER_SET = new Set(Object.values(REASON_HEADERS));

export function isReasonHeader(header: string): boolean {
  return REASON_HEADER_SET.has(header.trim());
}

export interface FailedRow {
  /** The row's cells as the file had them (before the formula guard is undone). */
  cells: string[];
  reason: Localized;
}

/**
 * The rows an import could not take, as a CSV to fix in a spreadsheet and import again: the file's
 * headers and each row's values, and why the row failed in one more column. A header row that
 * already carries the reason column (a failed-rows file imported again) gets no second one. A row
 * with more cells than headers keeps them; its reason follows its last cell. `delimiter` is the
 * original file's, so the spreadsheet that opened that file opens this one (decision 120).
 */
export function failedRowsCsv(headers: string[], rows: FailedRow[], locale: Locale, delimiter = ";"): string {
  const own = headers.filter((header) => !isReasonHeader(header));
  // A short row gets empty cells under the headers it lacks.
  const kept = headers.map((header, index) => (isReasonHeader(header) ? -1 : index)).filter((i) => i >= 0);
  const lines = function* (): Generator<string[]> {
    yield [...own, REASON_HEADERS[locale]];
    for (const { cells, reason } of rows) {
      // The values the import read, guarded again where they are written: a cell our own export
      // guarded ("'+49 …") must read back as the same value, not with an apostrophe more.
      const value = (index: number) => unguardCsvCell(cells[index] ?? "");
      const values = kept.map(value);
      for (let extra = headers.length; extra < cells.length; extra += 1) values.push(value(extra));
      values.push(reason[locale]);
      yield values;
    }
  };
  return [...writeCsvLines(lines(), { delimiter })].join("");
}
