import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { DealStageChange, PipelineStage } from "../../api/deal-types.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";

/** Every move on the board and the outcome, oldest first. */
export function DealHistoryCard(props: {
  history: DealStageChange[];
  stages: readonly PipelineStage[];
}): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const id = useId();
  const label = (key: string) => {
    const stage = props.stages.find((s) => s.key === key);
    return stage ? pick(stage.label) : key;
  };
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("deals.history")}</h2>
      {props.history.length === 0 ? <p className="muted">{t("deals.historyNone")}</p> : null}
      <ol className="timeline">
        {props.history.map((change) => (
          <li key={`${change.changedAt}:${change.stage}:${change.status}`}>
            <p className="timeline-head">
              <span className="muted small">{formatDateTime(locale, change.changedAt)}</span>
            </p>
            <p className="timeline-summary">
              {change.status === "open" ? (
                label(change.stage)
              ) : (
                <span className={`status-chip status-${change.status}`}>
                  {t(`deals.statusValue.${change.status}`)}
                </span>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
