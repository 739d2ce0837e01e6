import type { Locale } from "../core/locale.ts";
import type { BackupProgress, BackupSummary } from "../services/io/backup.ts";
import { numberFormat } from "./progress.ts";

// The progress line of a backup (`backup`, `export --format json`): a backup's size is unknown
// until it is written, so the line names the table and its rows instead of drawing a bar.

/** "Tabelle 5 von 23 (people): 45.000 Zeilen" */
export function backupProgressText(progress: BackupProgress, locale: Locale): string {
  const rows = numberFormat(locale).format(progress.rows);
  const place = progress.tableIndex + 1;
  return locale === "de"
    ? `Tabelle ${place} von ${progress.tables} (${progress.table}): ${rows} Zeilen`
    : `Table ${place} of ${progress.tables} (${progress.table}): ${rows} rows`;
}

/** "23 Tabellen, 160.000 Zeilen" */
export function backupDoneText(summary: BackupSummary, locale: Locale): string {
  const number = numberFormat(locale);
  const tables = number.format(Object.keys(summary.rows).length);
  const rows = number.format(Object.values(summary.rows).reduce((sum, n) => sum + n, 0));
  return locale === "de" ? `${tables} Tabellen, ${rows} Zeilen` : `${tables} tables, ${rows} rows`;
}
