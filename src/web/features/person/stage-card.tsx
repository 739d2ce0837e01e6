import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { Stage } from "../../../core/vocabulary.ts";
import { keys } from "../../api/keys.ts";
import { getHistory, setStage } from "../../api/people.ts";
import type { Person } from "../../api/types.ts";
import { STAGES } from "../../api/vocabulary.ts";
import { formatDay } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { ErrorNote } from "../../ui/status.tsx";
import { useRelationship } from "./use-relationship.ts";

/** Beziehungsstufe: where the journey stands, what the evidence suggests, and how it got here. */
export function StageCard({ person }: { person: Person }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const id = useId();
  const client = useQueryClient();
  const relationship = useRelationship(person.id);
  const history = useQuery({
    queryKey: keys.personPart(person.id, "history"),
    queryFn: ({ signal }) => getHistory(person.id, signal),
  });
  const change = useMutation({
    mutationFn: (stage: Stage) => setStage(person.id, stage),
    onSuccess: (updated) => {
      client.setQueryData(keys.person(person.id), updated);
      void client.invalidateQueries({ queryKey: ["person", person.id] });
      void client.invalidateQueries({ queryKey: keys.today });
    },
  });
  const suggestion = relationship.data?.stageSuggestion ?? null;
  const currentIndex = STAGES.indexOf(person.stage);

  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("stage.title")}</h2>
      <ol className="stage-steps">
        {STAGES.map((stage, index) => (
          <li
            key={stage}
            className={index < currentIndex ? "done" : index === currentIndex ? "current" : undefined}
            aria-current={index === currentIndex ? "step" : undefined}
          >
            <span className="stage-dot" aria-hidden="true" />
            <span className="stage-name">{t(`stage.${stage}`)}</span>
          </li>
        ))}
      </ol>
      {suggestion && suggestion.stage !== person.stage ? (
        <div className="suggestion">
          <p>
            <strong>{t("stage.suggested", { stage: t(`stage.${suggestion.stage}`) })}</strong>
          </p>
          <ul className="reasons">
            {suggestion.reasons.map((reason) => (
              <li key={reason.en}>{pick(reason)}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button small primary"
            disabled={change.isPending}
            onClick={() => change.mutate(suggestion.stage)}
          >
            {t("stage.confirm", { stage: t(`stage.${suggestion.stage}`) })}
          </button>
        </div>
      ) : null}
      {change.isError ? <ErrorNote error={change.error} /> : null}
      <details className="quiet-details">
        <summary>{t("stage.setByHand")}</summary>
        <div className="chip-row">
          {STAGES.map((stage) => (
            <button
              key={stage}
              type="button"
              className="chip"
              aria-pressed={person.stage === stage}
              disabled={change.isPending}
              onClick={() => change.mutate(stage)}
            >
              {t(`stage.${stage}`)}
            </button>
          ))}
        </div>
      </details>
      {history.data && history.data.stages.length > 0 ? (
        <>
          <h3 className="fact-group-title">{t("stage.history")}</h3>
          <ul className="history-list">
            {[...history.data.stages].reverse().map((entry) => (
              <li key={entry.id}>
                <span className="muted small">{formatDay(locale, entry.changedAt)}</span>{" "}
                {t(`stage.${entry.stage}`)}
                {entry.note ? <span className="muted"> · {entry.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
