import { type ReactElement, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Locale } from "../../../core/locale.ts";
import {
  DUPLICATE_POLICIES,
  type DuplicatePolicy,
  type ImportPreview,
  type ImportReport,
} from "../../api/io.ts";
import { formatNumber } from "../../i18n/format.ts";
import { FailedRowsDownload } from "./failed-rows-download.tsx";
import { FailureReasons } from "./failure-reasons.tsx";
import { runCountValues } from "./run-counts.ts";

/** Rows of each list shown on the page; the counts above them include every row. */
const SHOWN = 20;

/** "Row 3: …", unless the message already starts by naming its row (most reasons from a file do). */
function located(where: string, message: string): string {
  return message.toLowerCase().startsWith(where.toLowerCase()) ? message : `${where}: ${message}`;
}

/**
 * One list of the report: the first SHOWN entries, and a button for the rest the report lists
 * (up to 1,000; beyond that the server only counts them, and the line says how many).
 */
function ReportList<T>({
  items,
  omitted,
  render,
  keyOf,
  locale,
}: {
  items: T[];
  omitted: number;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  const hidden = items.length - shown.length;
  return (
    <>
      <ul className="plain-list">
        {shown.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className="button small ghost" onClick={() => setAll(true)}>
          {t("io.showAll", { count: items.length, formatted: formatNumber(locale, items.length) })}
        </button>
      ) : null}
      {all && omitted > 0 ? (
        <p className="muted small">
          {t("io.onlyCounted", { count: omitted, formatted: formatNumber(locale, omitted) })}
        </p>
      ) : null}
    </>
  );
}

type Duplicate = ImportReport["duplicates"][number];

/** A preview's duplicates as choices: what the import does with each row, changeable one by one. */
export interface RowChoicesControl {
  of: (line: number) => DuplicatePolicy;
  choose: (line: number, policy: DuplicatePolicy) => void;
  disabled: boolean;
}

/** The choice for one duplicate row of a preview, labelled with where the row is. */
function RowChoice({ line, label, control }: { line: number; label: string; control: RowChoicesControl }) {
  const { t } = useTranslation();
  return (
    <select
      className="row-choice"
      aria-label={label}
      value={control.of(line)}
      disabled={control.disabled}
      onChange={(event) => control.choose(line, event.target.value as DuplicatePolicy)}
    >
      {DUPLICATE_POLICIES.map((policy) => (
        <option key={policy} value={policy}>
          {t(`io.choice.${policy}`)}
        </option>
      ))}
    </select>
  );
}

/** What an import did, or a preview would do: the counts, then the rows that need a look. */

export function ImportReportView({
  report,
  locale,
  fileName = null,
  choices = null,
}: {
  report: ImportReport | ImportPreview;
  locale: Locale;
  /** The imported file's name, for the name of the failed-rows file. */
  fileName?: string | null;
  /** For a preview: each duplicate person's row gets a choice. */
  choices?: RowChoicesControl | null;
}): ReactElement {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(locale, value);
  const where = (row: { line: number; row: number | null }) =>
    row.row === null ? t("io.line", { line: n(row.line) }) : t("io.row", { row: n(row.row) });
  // The same place, named within a sentence ("… resembles Imka Testfield, row 2").
  const mention = (ref: { line: number; row: number | null }) =>
    ref.row === null
      ? t("io.lineInSentence", { line: n(ref.line) })
      : t("io.rowInSentence", { row: n(ref.row) });
  // Whom a duplicate row resembled: the stored person's name, or the row of this file they come
  // from (a preview has no record for the file's own people yet).
  const whom = (duplicate: Duplicate) =>
    [duplicate.matchedName, duplicate.matchedAt && mention(duplicate.matchedAt)].filter(Boolean).join(", ");
  const resembled = (duplicate: Duplicate) =>
    whom(duplicate) === ""
      ? t(`io.action.${duplicate.action}`)
      : t(`io.actionWith.${duplicate.action}`, { whom: whom(duplicate) });
  const samples = "samples" in report ? report.samples.slice(0, 5) : [];
  return (
    <div className="import-report" aria-live="polite">
      <h3>{report.dryRun ? t("io.previewTitle") : t("io.reportTitle")}</h3>
      <p>{t("io.summary", runCountValues(locale, report))}</p>
      {report.merged > report.mergedIntoExisting ? (
        <p className="muted small">
          {t("io.mergedSplit", {
            existing: n(report.mergedIntoExisting),
            inFile: n(report.merged - report.mergedIntoExisting),
          })}
        </p>
      ) : null}
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
      {report.importantDatesAdded > 0 ? (
        <p className="muted small">
          {t(report.dryRun ? "io.importantDatesPreview" : "io.importantDates", {
            count: report.importantDatesAdded,
            formatted: n(report.importantDatesAdded),
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
          <FailureReasons reasons={report.failureReasons} locale={locale} />
          {report.failedRows ? (
            <FailedRowsDownload file={report.failedRows} fileName={fileName} locale={locale} />
          ) : null}
          <ReportList
            items={report.failures}
            omitted={report.omitted.failures}
            keyOf={(failure) => `${failure.line}-${failure.row}`}
            render={(failure) => located(where(failure), failure.reason[locale])}
            locale={locale}
          />
        </>
      ) : null}
      {report.duplicates.length > 0 ? (
        <>
          <h4>{t("io.duplicatesFound")}</h4>
          {choices ? <p className="muted small">{t("io.choicesHint")}</p> : null}
          <ReportList
            items={report.duplicates}
            omitted={report.omitted.duplicates}
            keyOf={(duplicate) => `${duplicate.line}-${duplicate.row}`}
            render={(duplicate) =>
              choices && duplicate.entity === "person" ? (
                <>
                  {where(duplicate)}: {duplicate.name} – {t("io.resembles", { whom: whom(duplicate) })} (
                  {t(`io.matchedBy.${duplicate.matchedBy}`)}){" "}
                  <RowChoice
                    line={duplicate.line}
                    label={t("io.rowChoice", { where: where(duplicate) })}
                    control={choices}
                  />
                </>
              ) : (
                <>
                  {where(duplicate)}: {duplicate.name} – {resembled(duplicate)} (
                  {t(`io.matchedBy.${duplicate.matchedBy}`)})
                  {duplicate.personId && !report.dryRun ? (
                    <>
                      {" "}
                      <Link href={`/people/${duplicate.personId}`} className="text-link">
                        {t("io.open")}
                      </Link>
                    </>
                  ) : null}
                </>
              )
            }
            locale={locale}
          />
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h4>{t("io.warnings")}</h4>
          <ReportList
            items={report.warnings}
            omitted={report.omitted.warnings}
            keyOf={(warning) => `${warning.line}-${warning.row}-${warning.message.en}`}
            render={(warning) => located(where(warning), warning.message[locale])}
            locale={locale}
          />
        </>
      ) : null}
    </div>
  );
}
