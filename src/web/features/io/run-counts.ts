import type { Locale } from "../../../core/locale.ts";
import type { ImportRun } from "../../api/io.ts";
import { formatNumber } from "../../i18n/format.ts";

/**
 * An import's counts as the values of a message ("{{created}} neu, …"), in the reader's digits:
 * a report and a history entry alike.
 */
export function runCountValues(
  locale: Locale,
  run: Pick<ImportRun, "rowsRead" | "created" | "merged" | "skipped" | "failed">,
) {
  const n = (value: number) => formatNumber(locale, value);
  return {
    read: n(run.rowsRead),
    created: n(run.created),
    merged: n(run.merged),
    skipped: n(run.skipped),
    failed: n(run.failed),
  };
}
