import { useQuery } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale.ts";
import { listImportRuns } from "../../api/io.ts";
import { keys } from "../../api/keys.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { runCountValues } from "./run-counts.ts";
import { UndoImport } from "./undo-import.tsx";

/** The user's last imports: when, which file, what each stored, and how it ended. */
export function ImportHistory({ locale }: { locale: Locale }): ReactElement | null {
  const { t } = useTranslation();
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
              {t("io.history.counts", runCountValues(locale, run))}
              {run.stopReason ? ` ${run.stopReason[locale]}` : ""}
            </span>
            <UndoImport run={run} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
