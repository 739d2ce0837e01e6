import { useMutation, useQueries, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactElement, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "wouter";
import type { InteractionKind, Party, Rating } from "../../../core/vocabulary.ts";
import { isApiError } from "../../api/api-error.ts";
import { logConversation } from "../../api/conversations.ts";
import { keys } from "../../api/keys.ts";
import { getPerson } from "../../api/people.ts";
import type { ConversationInput, ConversationResult } from "../../api/types.ts";
import { INTERACTION_KINDS, SELF_CHECK_KEYS } from "../../api/vocabulary.ts";
import { localDateTimeInput } from "../../i18n/format.ts";
import { personName } from "../../ui/person-name.ts";
import { FieldError } from "../../ui/status.tsx";
import { useTitle } from "../../ui/use-title.ts";
import { RestrictionNotices } from "../deals/restriction-notices.tsx";
import { SensitiveChoice } from "../privacy/sensitive-choice.tsx";
import { type SensitiveDecision, withSensitiveDecision } from "../privacy/sensitive-finding.ts";
import { CloseLoops } from "./close-loops.tsx";
import { type FactDraft, FactsEditor, type LoopDraft, LoopsEditor } from "./learned-editors.tsx";
import { LogDone } from "./log-done.tsx";
import { type Participant, PeoplePicker } from "./people-picker.tsx";
import { RatingInput } from "./rating-input.tsx";
import { SelfCheck, type SelfCheckDraft } from "./self-check.tsx";

/** Gespräch notieren: one screen, one submit; everything learned is written all or nothing. */
export function LogPage(): ReactElement {
  const { t } = useTranslation();
  useTitle(t("log.title"));
  const [params] = useSearchParams();
  const preselected = (params.get("person") ?? "").split(",").filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const [done, setDone] = useState<{ result: ConversationResult; people: Participant[] } | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (done) {
    return (
      <LogDone
        result={done.result}
        people={done.people}
        onAnother={() => {
          setDone(null);
          setFormKey((k) => k + 1);
        }}
      />
    );
  }
  return (
    <LogForm
      key={formKey}
      preselected={preselected}
      onDone={(result, people) => setDone({ result, people })}
    />
  );
}

function LogForm(props: {
  preselected: string[];
  onDone: (result: ConversationResult, people: Participant[]) => void;
}): ReactElement {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = useId();
  const nextKey = useRef(1);
  const [people, setPeople] = useState<Participant[]>([]);
  const [kind, setKind] = useState<InteractionKind>("meeting");
  const [initiatedBy, setInitiatedBy] = useState<Party>("me");
  const [occurredAt, setOccurredAt] = useState(() => localDateTimeInput(new Date()));
  const [summary, setSummary] = useState("");
  const [personal, setPersonal] = useState(false);
  const [facts, setFacts] = useState<FactDraft[]>([]);
  const [loops, setLoops] = useState<LoopDraft[]>([]);
  const [closeLoopIds, setCloseLoopIds] = useState<string[]>([]);
  const [atmosphere, setAtmosphere] = useState<Rating | null>(null);
  const [trust, setTrust] = useState<Rating | null>(null);
  const [resistance, setResistance] = useState<Rating | null>(null);
  const [selfCheck, setSelfCheck] = useState<SelfCheckDraft>({ note: "" });
  const [outcome, setOutcome] = useState("");

  // People named in the link (?person=…) are looked up once for their names.
  const preset = useQueries({
    queries: props.preselected.map((personId) => ({
      queryKey: keys.person(personId),
      queryFn: ({ signal }: { signal: AbortSignal }) => getPerson(personId, signal),
    })),
  });
  const presetReady = preset.every((q) => !q.isPending);
  const presetDone = useRef(false);
  useEffect(() => {
    if (presetDone.current || !presetReady) return;
    presetDone.current = true;
    setPeople(
      preset
        .map((q) => q.data)
        .filter((p) => p !== undefined)
        .map((p) => ({ id: p.id, name: personName(p) || t("common.unnamed") })),
    );
  }, [presetReady, preset, t]);

  const save = useMutation({
    mutationFn: (input: ConversationInput) => logConversation(input),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: ["person"] });
      void client.invalidateQueries({ queryKey: keys.today });
      void client.invalidateQueries({ queryKey: ["people"] });
      window.scrollTo({ top: 0 });
      props.onDone(result, people);
    },
  });
  const error = isApiError(save.error) ? save.error : null;
  const errorOf = (field: string) => error?.fieldMessage(field);

  const firstId = people[0]?.id ?? "";
  const answered = SELF_CHECK_KEYS.filter((key) => selfCheck[key] !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const when = new Date(occurredAt);
    save.mutate({
      occurredAt: Number.isNaN(when.getTime()) ? occurredAt : when.toISOString(),
      kind,
      initiatedBy,
      participantIds: people.map((p) => p.id),
      summary: summary.trim(),
      personal,
      atmosphere,
      trust,
      resistance,
      outcome: outcome.trim() || null,
      facts: facts.map((f) => ({
        personId: f.personId || firstId,
        category: f.category,
        text: f.text.trim(),
        refersTo: f.refersTo || null,
        shared: false,
      })),
      openLoops: loops.map((l) => ({
        personId: l.personId || firstId,
        kind: l.kind,
        text: l.text.trim(),
        dueOn: l.dueOn || null,
      })),
      closeLoopIds,
      // Half a self-check is sent as it is, so the server names the answers still missing.
      selfCheck:
        answered.length === 0 && selfCheck.note.trim() === ""
          ? null
          : ({ ...selfCheck, note: selfCheck.note.trim() || null } as ConversationInput["selfCheck"]),
    });
  };

  // Resends exactly what was refused; one decision covers every flagged fact and the self-check note.
  const decide = (decision: SensitiveDecision) => {
    if (save.variables) save.mutate(withSensitiveDecision(save.variables, decision));
  };

  const shown = new Set([
    "occurredAt",
    "kind",
    "initiatedBy",
    "participantIds",
    "summary",
    "atmosphere",
    "trust",
    "resistance",
    "outcome",
  ]);
  const unplaced = (error?.fields ?? []).filter(
    (f) => !shown.has(f.field) && !/^(facts|openLoops|selfCheck)\./.test(f.field),
  );

  return (
    <form className="page narrow log-form" onSubmit={submit} noValidate>
      <h1>{t("log.title")}</h1>

      <section className="form-section" aria-labelledby={`${id}-who`}>
        <h2 id={`${id}-who`}>{t("log.who")}</h2>
        <PeoplePicker value={people} onChange={setPeople} error={errorOf("participantIds")} />
        <RestrictionNotices personIds={people.map((p) => p.id)} />
      </section>

      <section className="form-section" aria-labelledby={`${id}-what`}>
        <h2 id={`${id}-what`}>{t("log.what")}</h2>
        <fieldset className="kind-grid">
          <legend className="visually-hidden">{t("log.kind")}</legend>
          {INTERACTION_KINDS.map((value) => (
            <label key={value} className="kind-option">
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <span>{t(`kind.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <FieldError id={`${id}-kind-err`} message={errorOf("kind")} />
        <div className="two-up">
          <div>
            <label className="field-label" htmlFor={`${id}-when`}>
              {t("log.when")}
            </label>
            <input
              id={`${id}-when`}
              type="datetime-local"
              value={occurredAt}
              onChange={(e) => setOccurredAt(e.target.value)}
              aria-invalid={errorOf("occurredAt") ? true : undefined}
              aria-describedby={`${id}-when-err`}
            />
            <FieldError id={`${id}-when-err`} message={errorOf("occurredAt")} />
          </div>
          <fieldset className="segmented segmented-labelled">
            <legend className="field-label">{t("log.initiatedBy")}</legend>
            {(["me", "them"] as const).map((party) => (
              <button
                key={party}
                type="button"
                aria-pressed={initiatedBy === party}
                onClick={() => setInitiatedBy(party)}
              >
                {t(`log.party.${party}`)}
              </button>
            ))}
          </fieldset>
        </div>
        <label className="field-label" htmlFor={`${id}-summary`}>
          {t("log.summary")}
        </label>
        <textarea
          id={`${id}-summary`}
          rows={4}
          value={summary}
          placeholder={t("log.summaryPlaceholder")}
          onChange={(e) => setSummary(e.target.value)}
          aria-invalid={errorOf("summary") ? true : undefined}
          aria-describedby={`${id}-summary-err`}
        />
        <FieldError id={`${id}-summary-err`} message={errorOf("summary")} />
        <label className="check-row">
          <input type="checkbox" checked={personal} onChange={(e) => setPersonal(e.target.checked)} />
          <span>{t("log.personal")}</span>
        </label>
      </section>

      <section className="form-section" aria-labelledby={`${id}-learned`}>
        <h2 id={`${id}-learned`}>{t("log.learned")}</h2>
        <p className="muted small">{t("log.learnedHint")}</p>
        <FactsEditor
          facts={facts}
          people={people}
          onChange={setFacts}
          errorOf={errorOf}
          onAdd={() => {
            // A personal fact means personal topics came up; the box stays visible and can be unticked.
            setPersonal(true);
            setFacts([
              ...facts,
              { key: nextKey.current++, personId: firstId, category: "family", text: "", refersTo: "" },
            ]);
          }}
        />
      </section>

      <section className="form-section" aria-labelledby={`${id}-loops`}>
        <h2 id={`${id}-loops`}>{t("loops.title")}</h2>
        <LoopsEditor
          loops={loops}
          people={people}
          onChange={setLoops}
          errorOf={errorOf}
          onAdd={() =>
            setLoops([
              ...loops,
              { key: nextKey.current++, personId: firstId, kind: "ask", text: "", dueOn: "" },
            ])
          }
        />
        <CloseLoops people={people} value={closeLoopIds} onChange={setCloseLoopIds} />
        <FieldError id={`${id}-close-err`} message={errorOf("closeLoopIds")} />
      </section>

      <section className="form-section" aria-labelledby={`${id}-mood`}>
        <h2 id={`${id}-mood`}>{t("log.mood")}</h2>
        <RatingInput
          name={`${id}-atm`}
          label={t("rating.atmosphere")}
          low={t("rating.atmosphereLow")}
          high={t("rating.atmosphereHigh")}
          value={atmosphere}
          onChange={setAtmosphere}
          error={errorOf("atmosphere")}
        />
        <RatingInput
          name={`${id}-trust`}
          label={t("rating.trust")}
          low={t("rating.trustLow")}
          high={t("rating.trustHigh")}
          value={trust}
          onChange={setTrust}
          error={errorOf("trust")}
        />
        <RatingInput
          name={`${id}-res`}
          label={t("rating.resistance")}
          low={t("rating.resistanceLow")}
          high={t("rating.resistanceHigh")}
          value={resistance}
          onChange={setResistance}
          error={errorOf("resistance")}
        />
      </section>

      <section className="form-section" aria-labelledby={`${id}-self`}>
        <h2 id={`${id}-self`}>{t("selfCheck.title")}</h2>
        <p className="muted small">{t("selfCheck.hint")}</p>
        <SelfCheck value={selfCheck} onChange={setSelfCheck} errorOf={errorOf} />
      </section>

      <section className="form-section" aria-labelledby={`${id}-outcome`}>
        <h2 id={`${id}-outcome`}>
          <label htmlFor={`${id}-outcome-input`}>{t("log.outcome")}</label>
        </h2>
        <textarea
          id={`${id}-outcome-input`}
          rows={2}
          value={outcome}
          placeholder={t("log.outcomePlaceholder")}
          onChange={(e) => setOutcome(e.target.value)}
          aria-invalid={errorOf("outcome") ? true : undefined}
          aria-describedby={`${id}-outcome-err`}
        />
        <FieldError id={`${id}-outcome-err`} message={errorOf("outcome")} />
      </section>

      <div className="submit-bar">
        {error ? (
          <div className="error-note" role="alert">
            <p>
              {error.fields.length > 0 ? t("log.fixFields", { count: error.fields.length }) : error.message}
            </p>
            {unplaced.length > 0 ? (
              <ul>
                {unplaced.map((f) => (
                  <li key={`${f.field}:${f.code}`}>
                    {f.field ? `${f.field}: ` : ""}
                    {f.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <SensitiveChoice error={save.error} onChoose={decide} disabled={save.isPending} />
        <button type="submit" className="button primary big" disabled={save.isPending}>
          {save.isPending ? t("log.saving") : t("log.save")}
        </button>
      </div>
    </form>
  );
}
