import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { loadDemo } from "../../api/misc.ts";
import { ErrorNote } from "../../ui/status.tsx";

/** An empty workspace: offer the demo, and say how to bring real contacts in (the CLI import). */
export function FirstRun(): ReactElement {
  const { t } = useTranslation();
  const client = useQueryClient();
  const demo = useMutation({
    mutationFn: loadDemo,
    onSuccess: () => client.invalidateQueries(),
  });
  return (
    <section className="page narrow first-run">
      <h1>{t("firstRun.title")}</h1>
      <p className="lead">{t("firstRun.intro")}</p>
      <div className="card">
        <h2>{t("firstRun.demoTitle")}</h2>
        <p>{t("firstRun.demoText")}</p>
        <button
          type="button"
          className="button primary"
          disabled={demo.isPending}
          onClick={() => demo.mutate()}
        >
          {demo.isPending ? t("firstRun.demoLoading") : t("firstRun.demoButton")}
        </button>
        {demo.isError ? <ErrorNote error={demo.error} /> : null}
      </div>
      <div className="card">
        <h2>{t("firstRun.importTitle")}</h2>
        <p>{t("firstRun.importText")}</p>
        <pre className="command">
          <code>{t("firstRun.importCommand")}</code>
        </pre>
        <p className="muted small">{t("firstRun.importFormats")}</p>
      </div>
    </section>
  );
}
