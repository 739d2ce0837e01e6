import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactElement, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FactCategory } from "../../../core/vocabulary.ts";
import { isApiError } from "../../api/api-error.ts";
import { keys } from "../../api/keys.ts";
import { createFact, listFacts } from "../../api/people.ts";
import type { Fact } from "../../api/types.ts";
import { FACT_CATEGORIES } from "../../api/vocabulary.ts";
import { formatDay } from "../../i18n/format.ts";
import { useLocale } from "../../i18n/use-locale.ts";
import { FieldError, Loading } from "../../ui/status.tsx";
import { SensitiveChoice } from "../privacy/sensitive-choice.tsx";
import { type SensitiveDecision, withSensitiveDecision } from "../privacy/sensitive-finding.ts";

/** Persönliches: what we know about their life, grouped the way people think about it. */
export function FactsCard({ personId }: { personId: string }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const facts = useQuery({
    queryKey: keys.personPart(personId, "facts"),
    queryFn: ({ signal }) => listFacts(personId, signal),
  });
  const [adding, setAdding] = useState(false);
  const headingId = useId();

  const groups = new Map<FactCategory, Fact[]>();
  for (const fact of facts.data?.items ?? []) {
    const list = groups.get(fact.category) ?? [];
    list.push(fact);
    groups.set(fact.category, list);
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId}>{t("facts.title")}</h2>
        {!adding ? (
          <button type="button" className="button small ghost" onClick={() => setAdding(true)}>
            {t("facts.add")}
          </button>
        ) : null}
      </div>
      {adding ? <AddFactForm personId={personId} onDone={() => setAdding(false)} /> : null}
      {facts.isPending ? <Loading /> : null}
      {facts.data && facts.data.items.length === 0 && !adding ? (
        <p className="muted">{t("facts.none")}</p>
      ) : null}
      {FACT_CATEGORIES.filter((category) => groups.has(category)).map((category) => (
        <div key={category} className="fact-group">
          <h3 className="fact-group-title">{t(`factCategory.${category}`)}</h3>
          <ul className="fact-list">
            {(groups.get(category) ?? []).map((fact) => (
              <li key={fact.id}>
                <span>{fact.text}</span>
                {fact.refersTo ? (
                  <span className="muted small"> · {formatDay(locale, fact.refersTo)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function AddFactForm({ personId, onDone }: { personId: string; onDone: () => void }): ReactElement {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [category, setCategory] = useState<FactCategory>("family");
  const [text, setText] = useState("");
  const [refersTo, setRefersTo] = useState("");
  const id = useId();
  const add = useMutation({
    mutationFn: (input: Parameters<typeof createFact>[0]) => createFact(input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["person", personId] });
      onDone();
    },
  });
  const error = isApiError(add.error) ? add.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ personId, category, text: text.trim(), refersTo: refersTo || null });
  };
  // Resends exactly what was refused, so the decision covers the text the server checked.
  const decide = (decision: SensitiveDecision) => {
    if (add.variables) add.mutate(withSensitiveDecision(add.variables, decision));
  };
  return (
    <form className="stack inset" onSubmit={submit}>
      <label className="field-label" htmlFor={`${id}-cat`}>
        {t("facts.category")}
      </label>
      <select id={`${id}-cat`} value={category} onChange={(e) => setCategory(e.target.value as FactCategory)}>
        {FACT_CATEGORIES.map((value) => (
          <option key={value} value={value}>
            {t(`factCategory.${value}`)}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={`${id}-text`}>
        {t("facts.text")}
      </label>
      <input
        id={`${id}-text`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t("facts.textPlaceholder")}
        aria-invalid={error?.fieldMessage("text") ? true : undefined}
        aria-describedby={`${id}-text-err`}
      />
      <FieldError id={`${id}-text-err`} message={error?.fieldMessage("text")} />
      <label className="field-label" htmlFor={`${id}-date`}>
        {t("facts.refersTo")}
      </label>
      <input id={`${id}-date`} type="date" value={refersTo} onChange={(e) => setRefersTo(e.target.value)} />
      <FieldError id={`${id}-date-err`} message={error?.fieldMessage("refersTo")} />
      {error && error.fields.length === 0 ? <p className="error-note">{error.message}</p> : null}
      <SensitiveChoice error={add.error} onChoose={decide} disabled={add.isPending} />
      <div className="row-actions">
        <button type="submit" className="button small primary" disabled={add.isPending}>
          {t("facts.save")}
        </button>
        <button type="button" className="button small ghost" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
