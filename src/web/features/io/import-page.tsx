import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactElement, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExportDelimiter } from "../../../core/export-delimiter.ts";
import { isApiError } from "../../api/api-error.ts";
import {
  type DuplicatePolicy,
  exportUrl,
  type ImportPreview,
  type ImportReport,
  newRunId,
  uploadImport,
} from "../../api/io.ts";
import { keys } from "../../api/keys.ts";
import { getMe } from "../../api/misc.ts";
import { isWorkspaceAdmin } from "../../api/roles.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { useTitle } from "../../ui/use-title.ts";
import { CancelledImport } from "./cancelled-import.tsx";
import { ColumnMapping } from "./column-mapping.tsx";
import { DuplicateGroups } from "./duplicate-groups.tsx";
import { FileSources } from "./file-sources.tsx";
import { ImportHistory } from "./import-history.tsx";
import { ImportReportView } from "./import-report.tsx";
import { PhoneCountrySetting } from "./phone-country-setting.tsx";

type Phase =
  | { kind: "idle" }
  | { kind: "sending"; mode: "preview" | "import"; fraction: number }
  | {
      kind: "done";
      mode: "preview" | "import";
      report: ImportReport | ImportPreview;
      /** What the answer was computed with: a preview is outdated once the user changes either. */
      sentWith: {
        mapping: Record<string, string> | null;
        onDuplicate: DuplicatePolicy;
        choices: ReadonlyMap<number, DuplicatePolicy>;
      };
    }
  | { kind: "cancelled"; runId: string | null }
  | { kind: "failed"; message: string };

/**
 * Import contacts from a phone (vCard) or another CRM (CSV), with a preview that writes nothing,
 * progress and cancel; and the exports a user leaves with. The report accounts for every row.
 */
export function ImportPage(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  // The server separates a CSV as Excel in the user's language does (German ";", English ",",
  // decision 120); this link offers the other one.
  const otherDelimiter: ExportDelimiter = locale === "de" ? "comma" : "semicolon";
  useTitle(t("io.title"));
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: keys.me, queryFn: ({ signal }) => getMe(signal), staleTime: Infinity });
  const [file, setFile] = useState<File | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>("merge");
  // The user's column choices for this file (null: none yet, so the server applies the ones kept from
  // an earlier import of these headers), and the columns as the last answer read them.
  const [mapping, setMapping] = useState<Record<string, string> | null>(null);
  const [csv, setCsv] = useState<ImportReport["csv"]>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  // Rows of the previewed file decided otherwise than `onDuplicate`, by line: kept for that file.
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicatePolicy>>(new Map());
  const cancel = useRef<AbortController | null>(null);

  const send = async (mode: "preview" | "import") => {
    if (!file) return;
    const controller = new AbortController();
    cancel.current = controller;
    // Named before it starts, so that after a cancel the page can ask what was stored.
    const runId = mode === "import" ? newRunId() : null;
    setPhase({ kind: "sending", mode, fraction: 0 });
    try {
      const report = await uploadImport<ImportReport | ImportPreview>(
        mode,
        file,
        { onDuplicate, mapping, runId: runId ?? undefined, choices },
        (fraction) => setPhase({ kind: "sending", mode, fraction }),
        controller.signal,
      );
      // Kept corrections become the page's choices: shown, changeable, and sent from now on.
      const used = mapping === null && report.csv?.savedMappingAt ? report.csv.corrections : mapping;
      setMapping(used);
      setPhase({ kind: "done", mode, report, sentWith: { mapping: used, onDuplicate, choices } });
      setCsv(report.csv);
      // New and merged people show up everywhere else at once.
      if (mode === "import") await queryClient.invalidateQueries();
    } catch (error) {
      if ((error as Error).name === "AbortError") setPhase({ kind: "cancelled", runId });
      else setPhase({ kind: "failed", message: isApiError(error) ? error.message : t("io.failed") });
    } finally {
      cancel.current = null;
    }
  };

  const sending = phase.kind === "sending";
  // A preview answers for the choices it was sent with; once they change, it no longer tells what
  // an import would do. An import's report stays what happened.
  const previewOutdated =
    phase.kind === "done" &&
    phase.mode === "preview" &&
    (phase.sentWith.mapping !== mapping ||
      phase.sentWith.onDuplicate !== onDuplicate ||
      phase.sentWith.choices !== choices);
  return (
    <section className="page">
      <header className="page-head">
        <h1>{t("io.title")}</h1>
      </header>

      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">{t("io.importTitle")}</h2>
        <p className="muted small">{t("io.importHint")}</p>
        <FileSources />
        <label className="field-label" htmlFor="import-file">
          {t("io.file")}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".vcf,.vcard,.csv,.tsv,.txt,text/vcard,text/csv"
          disabled={sending}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setPhase({ kind: "idle" });
            setChoices(new Map());
            setMapping(null);
            setCsv(null);
          }}
        />
        <label className="field-label" htmlFor="import-duplicates">
          {t("io.duplicates")}
        </label>
        <select
          id="import-duplicates"
          value={onDuplicate}
          disabled={sending}
          onChange={(event) => setOnDuplicate(event.target.value as DuplicatePolicy)}
        >
          <option value="merge">{t("io.policy.merge")}</option>
          <option value="skip">{t("io.policy.skip")}</option>
          <option value="create">{t("io.policy.create")}</option>
        </select>
        <div className="row-actions">
          <button
            type="button"
            className="button small"
            disabled={!file || sending}
            onClick={() => void send("preview")}
          >
            {t("io.preview")}
          </button>
          <button
            type="button"
            className="button small primary"
            disabled={!file || sending || me.data?.canWrite === false}
            onClick={() => void send("import")}
          >
            {t("io.import")}
          </button>
        </div>
        {sending ? (
          <div className="row-actions" role="status">
            <progress max={1} value={phase.fraction} aria-label={t(`io.sending.${phase.mode}`)} />
            <span className="muted small">
              {t(`io.sending.${phase.mode}`)} {Math.round(phase.fraction * 100)} %
            </span>
            <button type="button" className="button small ghost" onClick={() => cancel.current?.abort()}>
              {t("io.cancel")}
            </button>
          </div>
        ) : null}
        {phase.kind === "cancelled" && phase.runId ? (
          <CancelledImport runId={phase.runId} locale={locale} />
        ) : null}
        {phase.kind === "cancelled" && !phase.runId ? (
          <p className="error-note" role="alert">
            {t("io.cancelledPreview")}
          </p>
        ) : null}
        {phase.kind === "failed" ? (
          <p className="error-note" role="alert">
            {phase.message}
          </p>
        ) : null}
        {csv ? (
          <ColumnMapping
            csv={csv}
            choices={mapping ?? {}}
            locale={locale}
            disabled={sending}
            onChoose={(header, target) => setMapping((previous) => ({ ...previous, [header]: target }))}
            onReset={() => setMapping({})}
          />
        ) : null}
        {previewOutdated ? (
          <p className="notice caution row-actions" role="status">
            <span>{t("io.previewOutdated")}</span>
            <button type="button" className="button small" onClick={() => void send("preview")}>
              {t("io.previewAgain")}
            </button>
          </p>
        ) : null}
        {phase.kind === "done" ? (
          <ImportReportView
            report={phase.report}
            locale={locale}
            fileName={file?.name ?? null}
            choices={
              phase.mode === "preview"
                ? {
                    of: (line) => choices.get(line) ?? onDuplicate,
                    choose: (line, policy) =>
                      setChoices((previous) => {
                        const next = new Map(previous);
                        // The page's own policy needs no word for a row; only the exceptions are sent.
                        if (policy === onDuplicate) next.delete(line);
                        else next.set(line, policy);
                        return next;
                      }),
                    disabled: sending,
                  }
                : null
            }
          />
        ) : null}
      </section>

      <ImportHistory locale={locale} />
      <DuplicateGroups />
      <PhoneCountrySetting />

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t("io.exportTitle")}</h2>
        <p className="muted small">{t("io.exportHint")}</p>
        <ul className="plain-list">
          <li>
            <a className="text-link" href={exportUrl("vcard")} download>
              {t("io.export.vcard")}
            </a>
          </li>
          <li>
            <a className="text-link" href={exportUrl("csv")} download>
              {t("io.export.csv")}
            </a>
            <span className="muted small">
              {" · "}
              <a className="text-link" href={exportUrl("csv", {}, otherDelimiter)} download>
                {t(`io.export.csvWith.${otherDelimiter}`)}
              </a>
            </span>
          </li>
          {isWorkspaceAdmin(me.data?.role) ? (
            <li>
              <a className="text-link" href={exportUrl("json")} download>
                {t("io.export.json")}
              </a>
            </li>
          ) : null}
        </ul>
      </section>
    </section>
  );
}
