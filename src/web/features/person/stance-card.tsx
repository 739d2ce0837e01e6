import { type FormEvent, type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Stance } from "../../../core/vocabulary.ts";
import { isApiError } from "../../api/api-error.ts";
import type { Person } from "../../api/types.ts";
import { STANCES } from "../../api/vocabulary.ts";
import { FieldError } from "../../ui/status.tsx";
import { SensitiveChoice } from "../privacy/sensitive-choice.tsx";
import { type SensitiveDecision, withSensitiveDecision } from "../privacy/sensitive-finding.ts";
import { useUpdatePerson } from "./use-update-person.ts";

/** Haltung: befriend by default; keep professional or caution silence every friendship nudge. */
export function StanceCard({ person }: { person: Person }): ReactElement {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  const [editing, setEditing] = useState(false);
  const [stance, setStance] = useState<Stance>(person.stance);
  const [reason, setReason] = useState(person.stanceReason ?? "");
  const reasonId = useId();
  const error = isApiError(update.error) ? update.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ stance, stanceReason: reason.trim() || null }, { onSuccess: () => setEditing(false) });
  };
  // Resends exactly what was refused, so the decision covers the reason the server checked.
  const decide = (decision: SensitiveDecision) => {
    if (update.variables)
      update.mutate(withSensitiveDecision(update.variables, decision), {
        onSuccess: () => setEditing(false),
      });
  };

  return (
    <section className={`card stance-card stance-${person.stance}`} aria-labelledby={`${reasonId}-h`}>
      <div className="card-head">
        <h2 id={`${reasonId}-h`}>{t("stance.title")}</h2>
        {!editing ? (
          <button
            type="button"
            className="button small ghost"
            onClick={() => {
              setStance(person.stance);
              setReason(person.stanceReason ?? "");
              setEditing(true);
            }}
          >
            {t("common.change")}
          </button>
        ) : null}
      </div>
      {!editing ? (
        <>
          <p className="stance-now">
            <strong>{t(`stance.${person.stance}`)}</strong>
          </p>
          <p className="muted small">{t(`stance.help.${person.stance}`)}</p>
          {person.stanceReason ? <p className="stance-reason">{person.stanceReason}</p> : null}
        </>
      ) : (
        <form onSubmit={submit} className="stack">
          <fieldset className="choice-group">
            <legend className="visually-hidden">{t("stance.title")}</legend>
            {STANCES.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="stance"
                  value={value}
                  checked={stance === value}
                  onChange={() => setStance(value)}
                />
                <span>
                  <strong>{t(`stance.${value}`)}</strong>
                  <span className="muted small block">{t(`stance.help.${value}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label htmlFor={reasonId} className="field-label">
            {t("stance.reason")}
          </label>
          <textarea
            id={reasonId}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={`${reasonId}-hint`}
          />
          <span id={`${reasonId}-hint`} className="muted small">
            {t("stance.reasonPrivate")}
          </span>
          <FieldError
            id={`${reasonId}-err`}
            message={error?.fieldMessage("stanceReason") ?? error?.fieldMessage("stance")}
          />
          <SensitiveChoice error={update.error} onChoose={decide} disabled={update.isPending} />
          <div className="row-actions">
            <button type="submit" className="button small primary" disabled={update.isPending}>
              {t("common.save")}
            </button>
            <button type="button" className="button small ghost" onClick={() => setEditing(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
