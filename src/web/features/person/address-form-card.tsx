import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error.ts";
import { keys } from "../../api/keys.ts";
import { getHistory, recordAddressForm } from "../../api/people.ts";
import type { AddressFormResult, Person } from "../../api/types.ts";
import { formatDay, localIsoDay } from "../../i18n/format.ts";
import { useLocale, usePick } from "../../i18n/use-locale.ts";
import { FieldError } from "../../ui/status.tsx";

/** Anrede: Sie or Du, since when and who offered it — a milestone of the relationship. */
export function AddressFormCard({ person }: { person: Person }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const pick = usePick();
  const client = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [changedOn, setChangedOn] = useState(() => localIsoDay(new Date()));
  const [offeredBy, setOfferedBy] = useState<"me" | "them">("them");
  const [result, setResult] = useState<AddressFormResult | null>(null);
  const history = useQuery({
    queryKey: keys.personPart(person.id, "history"),
    queryFn: ({ signal }) => getHistory(person.id, signal),
  });
  const next = person.addressForm === "sie" ? "du" : "sie";
  const record = useMutation({
    mutationFn: () =>
      recordAddressForm(person.id, { form: next, changedOn, offeredBy: next === "du" ? offeredBy : null }),
    onSuccess: (data) => {
      setResult(data);
      setOpen(false);
      client.setQueryData(keys.person(person.id), data.person);
      void client.invalidateQueries({ queryKey: ["person", person.id] });
    },
  });
  const error = isApiError(record.error) ? record.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  const since = person.addressFormSince ? formatDay(locale, person.addressFormSince) : null;

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <div className="card-head">
        <h2 id={`${id}-h`}>{t("addressForm.title")}</h2>
      </div>
      <p className="address-now">
        <strong>{t(`addressForm.${person.addressForm}`)}</strong>
        {since ? <span className="muted"> · {t("addressForm.since", { date: since })}</span> : null}
        {person.addressFormOfferedBy ? (
          <span className="muted"> · {t(`addressForm.offeredBy.${person.addressFormOfferedBy}`)}</span>
        ) : null}
      </p>
      {result ? (
        <div className="notice" role="status">
          <p>{pick(result.milestone)}</p>
          {result.warnings.map((warning) => (
            <p key={warning.en} className="caution-line">
              {pick(warning)}
            </p>
          ))}
        </div>
      ) : null}
      {!open ? (
        <button type="button" className="button small" onClick={() => setOpen(true)}>
          {next === "du" ? t("addressForm.recordDu") : t("addressForm.recordSie")}
        </button>
      ) : (
        <form className="stack inset" onSubmit={submit}>
          <label className="field-label" htmlFor={`${id}-date`}>
            {t("addressForm.changedOn")}
          </label>
          <input
            id={`${id}-date`}
            type="date"
            value={changedOn}
            onChange={(e) => setChangedOn(e.target.value)}
          />
          <FieldError id={`${id}-date-err`} message={error?.fieldMessage("changedOn")} />
          {next === "du" ? (
            <fieldset className="segmented segmented-labelled">
              <legend className="field-label">{t("addressForm.whoOffered")}</legend>
              {(["them", "me"] as const).map((party) => (
                <button
                  key={party}
                  type="button"
                  aria-pressed={offeredBy === party}
                  onClick={() => setOfferedBy(party)}
                >
                  {t(`addressForm.party.${party}`)}
                </button>
              ))}
            </fieldset>
          ) : null}
          <FieldError
            id={`${id}-by-err`}
            message={error?.fieldMessage("offeredBy") ?? error?.fieldMessage("form")}
          />
          {error && error.fields.length === 0 ? <p className="error-note">{error.message}</p> : null}
          <div className="row-actions">
            <button type="submit" className="button small primary" disabled={record.isPending}>
              {t("common.save")}
            </button>
            <button type="button" className="button small ghost" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
      {history.data && history.data.addressForms.length > 0 ? (
        <ul className="history-list">
          {history.data.addressForms.map((change) => (
            <li key={change.id}>
              <span className="muted small">{formatDay(locale, change.changedOn)}</span>{" "}
              {t(`addressForm.${change.form}`)}
              {change.offeredBy ? ` · ${t(`addressForm.offeredBy.${change.offeredBy}`)}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
