import { type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { SelfCheckAnswer, SelfCheckKey } from "../../api/types.ts";
import { SELF_CHECK_KEYS } from "../../api/vocabulary.ts";
import { FieldError } from "../../ui/status.tsx";

const ANSWERS: SelfCheckAnswer[] = ["yes", "partly", "no"];

export type SelfCheckDraft = Partial<Record<SelfCheckKey, SelfCheckAnswer>> & { note: string };

/** Selbstcheck: a quick, honest look at one's own behaviour — relaxed, smiling, listening, close, warm. */
export function SelfCheck(props: {
  value: SelfCheckDraft;
  onChange: (next: SelfCheckDraft) => void;
  errorOf: (field: string) => string | undefined;
}): ReactElement {
  const { t } = useTranslation();
  const { value, onChange, errorOf } = props;
  const id = useId();
  return (
    <div className="self-check">
      {SELF_CHECK_KEYS.map((key) => (
        <fieldset key={key} className="self-check-row">
          <legend>{t(`selfCheck.${key}`)}</legend>
          <div className="segmented">
            {ANSWERS.map((answer) => (
              <button
                key={answer}
                type="button"
                aria-pressed={value[key] === answer}
                onClick={() => onChange({ ...value, [key]: value[key] === answer ? undefined : answer })}
              >
                {t(`selfCheck.answer.${answer}`)}
              </button>
            ))}
          </div>
          <FieldError id={`${id}-${key}`} message={errorOf(`selfCheck.${key}`)} />
        </fieldset>
      ))}
      <label className="field-label" htmlFor={`${id}-note`}>
        {t("selfCheck.note")}
      </label>
      <textarea
        id={`${id}-note`}
        rows={2}
        value={value.note}
        placeholder={t("selfCheck.notePlaceholder")}
        onChange={(e) => onChange({ ...value, note: e.target.value })}
      />
      <FieldError id={`${id}-note-err`} message={errorOf("selfCheck.note")} />
    </div>
  );
}
