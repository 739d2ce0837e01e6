import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactElement, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale.ts";
import { isApiError } from "../../api/api-error.ts";
import { getImportRun, type ImportRun, listImportRuns, undoImportRun } from "../../api/io.ts";
import { keys } from "../../api/keys.ts";
import { formatDateTime, formatNumber } from "../../i18n/format.ts";

/** How often the page asks after a cancelled import, and how long it waits for it to appear. */
const POLL_MS = 500;
const NOT_FOUND_POLLS = 10;

/** A run's counts as the values of a message: "{{created}} neu, …". */
function useRunCounts(locale: Locale) {
  const n = (value: number) => formatNumber(locale, value);
  return (run: ImportRun) => ({
    read: n(run.rowsRead),
    created: n(run.created),
    merged: n(run.merged),
    skipped: n(run.skipped),
    failed: n(run.failed),
  });
}

/**
 * After Cancel: the upload is cut off, so its report never arrives. The server finishes the batch
 * it is writing and records the end of the import; this asks until it has, then says what stayed.
 */
export function CancelledImport({ runId, locale }: { runId: string; locale: Locale }): ReactElement {
  const { t } = useTranslation();
  const counts = useRunCounts(locale);
  const queryClient = useQueryClient();
  const run = useQuery({
    queryKey: keys.importRun(runId),
    queryFn: ({ signal }) => getImportRun(runId, signal),
    retry: false,
    refetchInterval: (query) => {
      const { data, error, errorUpdateCount } = query.state;
      if (data) return data.state === "running" ? POLL_MS : false;
      // Not found yet: the upload may have been cut off before the server started the import.
      if (isApiError(error) && error.status === 404)
        return errorUpdateCount < NOT_FOUND_POLLS ? POLL_MS : false;
      return error ? false : POLL_MS;
    },
  });
  const ended = run.data && run.data.state !== "running";
  useEffect(() => {
    // What the import stored shows up everywhere else at once, and in the list below.
    if (ended) void queryClient.invalidateQueries();
  }, [ended, queryClient]);

  const notFound = isApiError(run.error) && run.error.status === 404;
  let message: string;
  if (run.data?.state === "complete") message = t("io.cancelledTooLate", counts(run.data));
  else if (run.data && ended) message = t("io.cancelledStored", counts(run.data));
  else if (run.data || (notFound && run.errorUpdateCount < NOT_FOUND_POLLS) || run.isPending)
    message = t("io.cancelling");
  else if (notFound) message = t("io.cancelledNothing");
  else message = t("io.cancelled");
  return (
    <p className="notice caution" role="status">
      {message}
    </p>
  );
}

/** The user's last imports: when, which file, what each stored, and how it ended. */
export function ImportHistory({ locale }: { locale: Locale }): ReactElement | null {
  const { t } = useTranslation();
  const counts = useRunCounts(locale);
  const runs = useQuery({ queryKey: keys.imports, queryFn: ({ signal }) => listImportRuns(signal) });
  const items = runs.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t("io.history.title")}</h2>
      <ul className="plain-list" aria-labelledby="import-history-title">
        {items.map((run) => (
          <li key={run.id}>
            <strong>{run.fileName ?? t("io.history.unnamed")}</strong>
            {" · "}
            {formatDateTime(locale, run.startedAt)}
            {" · "}
            <span className={run.state === "complete" ? "muted" : "caution-line"}>
              {t(`io.history.state.${run.state}`)}
            </span>
            <br />
            <span className="muted small">
              {t("io.history.counts", counts(run))}
              {run.stopReason ? ` ${run.stopReason[locale]}` : ""}
            </span>
            <UndoImport run={run} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Undoing an import, after a confirmation that says what goes and what stays: the people and
 * companies it created go, unless somebody has worked on them since; what it merged stays.
 */
function UndoImport({ run, locale }: { run: ImportRun; locale: Locale }): ReactElement | null {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const n = (value: number) => formatNumber(locale, value);
  const undo = useMutation({
    mutationFn: () => undoImportRun(run.id),
    // The people are gone everywhere at once; the list shows the import as undone.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  if (run.undone) {
    return (
      <p className="muted small">
        {t("io.undo.done", {
          date: formatDateTime(locale, run.undone.at),
          removed: n(run.undone.removed),
          kept: n(run.undone.kept),
        })}
      </p>
    );
  }
  if (run.state === "running" || run.created + run.familyMembersCreated + run.companiesCreated === 0)
    return null;
  const created = run.created + run.familyMembersCreated;
  return (
    <div className="row-actions">
      {asking ? (
        <>
          <p>
            {t("io.undo.confirm", { count: created, formatted: n(created) })}
            {run.merged > 0 ? ` ${t("io.undo.mergedStays", { merged: n(run.merged) })}` : ""}
          </p>
          <button
            type="button"
            className="button small primary"
            disabled={undo.isPending}
            onClick={() => undo.mutate()}
          >
            {t("io.undo.do")}
          </button>
          <button type="button" className="button small ghost" onClick={() => setAsking(false)}>
            {t("io.undo.keep")}
          </button>
        </>
      ) : (
        <button type="button" className="button small ghost" onClick={() => setAsking(true)}>
          {t("io.undo.ask")}
        </button>
      )}
      {undo.isError ? (
        <p className="error-note" role="alert">
          {isApiError(undo.error) ? undo.error.message : t("io.undo.failed")}
        </p>
      ) : null}
    </div>
  );
}
