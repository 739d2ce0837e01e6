import { type FormEvent, type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OutcomeReason } from "../../../core/vocabulary.ts";
import { isApiError } from "../../api/api-error.ts";
import type { CloseDealInput, Deal } from "../../api/deal-types.ts";
import { OUTCOME_REASONS } from "../../api/deal-vocabulary.ts";
import { closeDeal } from "../../api/deals.ts";
import { formatDay } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { FieldError } from "../../ui/status.tsx";
import { useDealWrite } from "./use-deal.ts";

/** Won or lost, and the main reason: the raw material of "does friendship sell?". */
export function CloseDealCard({ deal, canEdit }: { deal: Deal; canEdit: boolean }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [status, setStatus] = useState<"won" | "lost" | null>(null);
  const [reason, setReason] = useState<OutcomeReason>("relationship");
  const [note, setNote] = useState("");
  const [missingStatus, setMissingStatus] = useState(false);
  const close = useDealWrite(deal.id, (input: CloseDealInput) => closeDeal(deal.id, input));
  const error = isApiError(close.error) ? close.error : null;

  if (deal.status !== "open") {
    return (
      <section className="card" aria-labelledby={id}>
        <h2 id={id}>{t("close.title")}</h2>
        <p>
          <span className={`status-chip status-${deal.status}`}>{t(`deals.statusValue.${deal.status}`)}</span>{" "}
          {deal.closedOn
            ? t("close.closedOn", {
                status: t(`deals.statusValue.${deal.status}`),
                date: formatDay(locale, deal.closedOn),
              })
            : null}
        </p>
        {deal.outcomeReason ? (
          <p>
            <span className="muted">{t("close.reason")}: </span>
            {t(`close.reasonValue.${deal.outcomeReason}`)}
          </p>
        ) : null}
        {deal.outcomeNote ? <p className="stance-reason">{deal.outcomeNote}</p> : null}
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) {
      setMissingStatus(true);
      return;
    }
    close.mutate({ status, reason, note: note.trim() || null });
  };

  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t("close.title")}</h2>
      <p className="muted small">{t("close.intro")}</p>
      <form className="stack" onSubmit={submit}>
        <fieldset
          className="segmented segmented-labelled"
          aria-describedby={missingStatus ? `${id}-status` : undefined}
        >
          <legend className="field-label">{t("close.result")}</legend>
          {(["won", "lost"] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={status === value}
              disabled={!canEdit}
              onClick={() => {
                setStatus(value);
                setMissingStatus(false);
              }}
            >
              {t(`close.${value}`)}
            </button>
          ))}
        </fieldset>
        <FieldError
          id={`${id}-status`}
          message={missingStatus ? t("close.chooseResult") : error?.fieldMessage("status")}
        />
        <label htmlFor={`${id}-reason`} className="field-label">
          {t("close.reason")}
        </label>
        <select
          id={`${id}-reason`}
          value={reason}
          disabled={!canEdit}
          onChange={(e) => setReason(e.target.value as OutcomeReason)}
        >
          {OUTCOME_REASONS.map((value) => (
            <option key={value} value={value}>
              {t(`close.reasonValue.${value}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-note`} className="field-label">
          {t("close.note")}
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          disabled={!canEdit}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={error?.fieldMessage("note") ? true : undefined}
          aria-describedby={error?.fieldMessage("note") ? `${id}-note-err` : undefined}
        />
        <FieldError id={`${id}-note-err`} message={error?.fieldMessage("note")} />
        {error && error.fields.length === 0 ? <FieldError id={`${id}-err`} message={error.message} /> : null}
        <div className="row-actions">
          <button type="submit" className="button small primary" disabled={!canEdit || close.isPending}>
            {t("close.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
