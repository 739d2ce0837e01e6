import { defaultExportDelimiter, EXPORT_DELIMITER_CHARACTERS } from "../../core/export-delimiter.ts";
import type { Locale, Localized } from "../../core/locale.ts";
import type { CsvDelimiter } from "../../io/csv/detect-delimiter.ts";
import { type FailedRow, failedRowsCsv, REASON_HEADERS } from "../../io/csv/failed-rows-csv.ts";

// For the entry points, which reach the format layer only through services.
export { REASON_HEADERS };

/**
 * At most this many failed rows go into the file to fix, and at most this much of their text. An
 * import that fails row after row (a file read with the wrong columns) still answers with a
 * file of bounded size, and the server holds no more than a few MB for it while the import runs.
 */
export const FAILED_ROWS_MAX = 10_000;
const FAILED_ROWS_MAX_CHARS = 4_000_000;

/** The failed rows of a CSV import as read, for the user to fix and import again. */
export interface FailedRows {
  rows: FailedRow[];
  /**
   * Failed rows not in `rows`: beyond the limits, rows the file did not let us read into cells (a
   * quote never closed), and rows that failed only because their batch or the upload broke off.
   */
  notIncluded: number;
}

/** Collects failed rows within the limits; counts the rest. */
export class FailedRowsCollector {
  readonly collected: FailedRows = { rows: [], notIncluded: 0 };
  private chars = 0;

  add(cells: string[] | undefined, reason: Localized): void {
    if (!cells) {
      this.collected.notIncluded += 1;
      return;
    }
    let size = reason.de.length + reason.en.length;
    for (const cell of cells) size += cell.length;
    if (this.collected.rows.length >= FAILED_ROWS_MAX || this.chars + size > FAILED_ROWS_MAX_CHARS) {
      this.collected.notIncluded += 1;
      return;
    }
    this.chars += size;
    this.collected.rows.push({ cells, reason });
  }
}

/** The file to fix, as the user downloads it: their language in the reason column. */
export interface FailedRowsFile {
  csv: string;
  rows: number;
  notIncluded: number;
}

/** The failed rows of a CSV import as a file; null when none could go into one (or it was no CSV). */
export function failedRowsFile(
  report: { failedRows: FailedRows | null; csv: { headers: string[]; delimiter: CsvDelimiter } | null },
  locale: Locale,
): FailedRowsFile | null {
  const { failedRows, csv } = report;
  if (!failedRows || !csv || failedRows.rows.length === 0) return null;
  // The original file's delimiter, so its spreadsheet opens the fix; a tab file (.tsv, .txt) comes
  // back as a .csv, separated as Excel in the user's language expects.
  const delimiter =
    csv.delimiter === "\t" ? EXPORT_DELIMITER_CHARACTERS[defaultExportDelimiter(locale)] : csv.delimiter;
  return {
    csv: failedRowsCsv(csv.headers, failedRows.rows, locale, delimiter),
    rows: failedRows.rows.length,
    notIncluded: failedRows.notIncluded,
  };
}
