import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { FactCategory, OpenLoopKind } from "../../../core/vocabulary.ts";
import { FACT_CATEGORIES, OPEN_LOOP_KINDS } from "../../api/vocabulary.ts";
import { Icon } from "../../ui/icons.tsx";
import { FieldError } from "../../ui/status.tsx";
import type { Participant } from "./people-picker.tsx";

export interface FactDraft {
  key: number;
  personId: string;
  category: FactCategory;
  text: string;
  refersTo: string;
}

export interface LoopDraft {
  key: number;
  personId: string;
  kind: OpenLoopKind;
  text: string;
  dueOn: string;
}

type ErrorOf = (field: string) => string | undefined;

/** A "who" select, shown only when more than one person took part. */
function WhoSelect(props: {
  id: string;
  people: Participant[];
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}): ReactElement | null {
  const { t } = useTranslation();
  if (props.people.length < 2) return null;
  return (
    <>
      <label className="visually-hidden" htmlFor={props.id}>
        {t("log.about")}
      </label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      <FieldError id={`${props.id}-err`} message={props.error} />
    </>
  );
}

export function FactsEditor(props: {
  facts: FactDraft[];
  people: Participant[];
  onChange: (next: FactDraft[]) => void;
  onAdd: () => void;
  errorOf: ErrorOf;
}): ReactElement {
  const { t } = useTranslation();
  const { facts, people, onChange, errorOf } = props;
  const set = (index: number, patch: Partial<FactDraft>) =>
    onChange(facts.map((fact, i) => (i === index ? { ...fact, ...patch } : fact)));
  return (
    <div className="draft-list">
      {facts.map((fact, index) => {
        const base = `fact-${fact.key}`;
        const textError = errorOf(`facts.${index}.text`);
        return (
          <div key={fact.key} className="draft-row">
            <WhoSelect
              id={`${base}-who`}
              people={people}
              value={fact.personId}
              onChange={(personId) => set(index, { personId })}
              error={errorOf(`facts.${index}.personId`)}
            />
            <label className="visually-hidden" htmlFor={`${base}-cat`}>
              {t("facts.category")}
            </label>
            <select
              id={`${base}-cat`}
              value={fact.category}
              onChange={(e) => set(index, { category: e.target.value as FactCategory })}
            >
              {FACT_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`factCategory.${category}`)}
                </option>
              ))}
            </select>
            <label className="visually-hidden" htmlFor={`${base}-text`}>
              {t("facts.text")}
            </label>
            <input
              id={`${base}-text`}
              className="grow"
              value={fact.text}
              placeholder={t("facts.textPlaceholder")}
              aria-invalid={textError ? true : undefined}
              aria-describedby={textError ? `${base}-text-err` : undefined}
              onChange={(e) => set(index, { text: e.target.value })}
            />
            <label className="visually-hidden" htmlFor={`${base}-date`}>
              {t("facts.refersTo")}
            </label>
            <input
              id={`${base}-date`}
              type="date"
              value={fact.refersTo}
              title={t("facts.refersTo")}
              onChange={(e) => set(index, { refersTo: e.target.value })}
            />
            <button
              type="button"
              className="icon-button small"
              aria-label={t("log.removeRow")}
              onClick={() => onChange(facts.filter((_, i) => i !== index))}
            >
              <Icon name="close" size={16} />
            </button>
            <FieldError id={`${base}-text-err`} message={textError} />
            <FieldError id={`${base}-date-err`} message={errorOf(`facts.${index}.refersTo`)} />
          </div>
        );
      })}
      <button
        type="button"
        className="button small ghost"
        onClick={props.onAdd}
        disabled={people.length === 0}
      >
        {t("log.addFact")}
      </button>
    </div>
  );
}

export function LoopsEditor(props: {
  loops: LoopDraft[];
  people: Participant[];
  onChange: (next: LoopDraft[]) => void;
  onAdd: () => void;
  errorOf: ErrorOf;
}): ReactElement {
  const { t } = useTranslation();
  const { loops, people, onChange, errorOf } = props;
  const set = (index: number, patch: Partial<LoopDraft>) =>
    onChange(loops.map((loop, i) => (i === index ? { ...loop, ...patch } : loop)));
  return (
    <div className="draft-list">
      {loops.map((loop, index) => {
        const base = `loop-${loop.key}`;
        const textError = errorOf(`openLoops.${index}.text`);
        return (
          <div key={loop.key} className="draft-row">
            <WhoSelect
              id={`${base}-who`}
              people={people}
              value={loop.personId}
              onChange={(personId) => set(index, { personId })}
              error={errorOf(`openLoops.${index}.personId`)}
            />
            <fieldset className="segmented">
              <legend className="visually-hidden">{t("loops.kind")}</legend>
              {OPEN_LOOP_KINDS.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  aria-pressed={loop.kind === kind}
                  onClick={() => set(index, { kind })}
                >
                  {t(`loops.kinds.${kind}`)}
                </button>
              ))}
            </fieldset>
            <label className="visually-hidden" htmlFor={`${base}-text`}>
              {t("loops.new")}
            </label>
            <input
              id={`${base}-text`}
              className="grow"
              value={loop.text}
              placeholder={loop.kind === "ask" ? t("loops.placeholder") : t("loops.placeholderDo")}
              aria-invalid={textError ? true : undefined}
              aria-describedby={textError ? `${base}-text-err` : undefined}
              onChange={(e) => set(index, { text: e.target.value })}
            />
            <label className="visually-hidden" htmlFor={`${base}-due`}>
              {t("loops.dueOn")}
            </label>
            <input
              id={`${base}-due`}
              type="date"
              value={loop.dueOn}
              title={t("loops.dueOn")}
              onChange={(e) => set(index, { dueOn: e.target.value })}
            />
            <button
              type="button"
              className="icon-button small"
              aria-label={t("log.removeRow")}
              onClick={() => onChange(loops.filter((_, i) => i !== index))}
            >
              <Icon name="close" size={16} />
            </button>
            <FieldError id={`${base}-text-err`} message={textError} />
            <FieldError id={`${base}-due-err`} message={errorOf(`openLoops.${index}.dueOn`)} />
          </div>
        );
      })}
      <button
        type="button"
        className="button small ghost"
        onClick={props.onAdd}
        disabled={people.length === 0}
      >
        {t("log.addLoop")}
      </button>
    </div>
  );
}
