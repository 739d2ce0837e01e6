import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Locale } from "../../../core/locale.ts";
import type { ImportPreview, ImportReport } from "../../api/io.ts";
import { formatNumber } from "../../i18n/format.ts";

/** Rows of each list shown on the page; the counts above them include every row. */
const SHOWN = 20;

/** "Row 3: …", unless the message already starts by naming its row (most reasons from a file do). */
function located(where: string, message: string): string {
  return message.toLowerCase().startsWith(where.toLowerCase()) ? message : `${where}: ${message}`;
}

/** What an import did, or a preview would do: the counts, then the rows that need a look. */
export function ImportReportView({
  report,
  locale,
}: {
  report: ImportReport | ImportPreview;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(locale, value);
  const where = (row: { line: number; row: number | null }) =>
    row.row === null ? t("io.line", { line: n(row.line) }) : t("io.row", { row: n(row.row) });
  const samples = "samples" in report ? report.samples.slice(0, 5) : [];
  return (
    <div className="import-report" aria-live="polite">
      <h3>{report.dryRun ? t("io.previewTitle") : t("io.reportTitle")}</h3>
      <p>
        {t("io.summary", {
          read: n(report.rowsRead),
          created: n(report.created),
          merged: n(report.merged),
          skipped: n(report.skipped),
          failed: n(report.failed),
        })}
      </p>
      {report.companiesCreated + report.familyMembersCreated > 0 ? (
        <p className="muted small">
          {t("io.alsoCreated", {
            companies: t("io.companies", {
              count: report.companiesCreated,
              formatted: n(report.companiesCreated),
            }),
            relatives: t("io.relatives", {
              count: report.familyMembersCreated,
              formatted: n(report.familyMembersCreated),
            }),
          })}
        </p>
      ) : null}
      {report.dryRun ? <p className="notice caution">{t("io.nothingSaved")}</p> : null}
      {report.aborted ? (
        <p className="error-note" role="alert">
          {report.aborted[locale]}
        </p>
      ) : null}
      {samples.length > 0 ? (
        <>
          <h4>{t("io.samples")}</h4>
          <ul className="plain-list">
            {samples.map((sample) => (
              <li key={sample.line}>
                {[sample.record.firstName, sample.record.lastName].filter(Boolean).join(" ")}
                {sample.record.organisation ? ` · ${sample.record.organisation}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.failures.length > 0 ? (
        <>
          <h4>{t("io.failures", { count: report.failed, formatted: n(report.failed) })}</h4>
          <ul className="plain-list">
            {report.failures.slice(0, SHOWN).map((failure) => (
              <li key={`${failure.line}-${failure.row}`}>
                {located(where(failure), failure.reason[locale])}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.duplicates.length > 0 ? (
        <>
          <h4>{t("io.duplicatesFound")}</h4>
          <ul className="plain-list">
            {report.duplicates.slice(0, SHOWN).map((duplicate) => (
              <li key={`${duplicate.line}-${duplicate.row}`}>
                {where(duplicate)}: {duplicate.name} – {t(`io.action.${duplicate.action}`)} (
                {t(`io.matchedBy.${duplicate.matchedBy}`)})
                {duplicate.personId && !report.dryRun ? (
                  <>
                    {" "}
                    <Link href={`/people/${duplicate.personId}`} className="text-link">
                      {t("io.open")}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h4>{t("io.warnings")}</h4>
          <ul className="plain-list">
            {report.warnings.slice(0, SHOWN).map((warning) => (
              <li key={`${warning.line}-${warning.row}-${warning.message.en}`}>
                {located(where(warning), warning.message[locale])}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
