import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale.ts";
import { isApiError } from "../../api/api-error.ts";
import { type ImportRun, undoImportRun } from "../../api/io.ts";
import { formatDateTime, formatNumber } from "../../i18n/format.ts";

/**
 * Undoing an import, after a confirmation that says what goes and what stays: the people and
 * companies it created go, unless somebody has worked on them since; what it merged stays.
 */
export function UndoImport({ run, locale }: { run: ImportRun; locale: Locale }): ReactElement | null {
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
            {run.mergedIntoExisting > 0
              ? ` ${t("io.undo.mergedStays", { merged: n(run.mergedIntoExisting) })}`
              : ""}
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
