import { type FormEvent, type ReactElement, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error.ts";
import { Icon } from "../../ui/icons.tsx";
import { FieldError } from "../../ui/status.tsx";
import { SensitiveChoice } from "../privacy/sensitive-choice.tsx";
import type { SensitiveDecision } from "../privacy/sensitive-finding.ts";

type InputKind = "text" | "textarea" | "date" | "number";

/**
 * A value shown as text with a quiet edit button; editing turns it into an input in place. The
 * server's message for this field appears right under the input.
 */
export function EditableField(props: {
  label: string;
  field: string;
  value: string;
  display?: ReactNode;
  kind?: InputKind;
  placeholder?: string;
  /** `sensitive` is set only when the person resends a note the server flagged as sensitive. */
  onSave: (value: string, sensitive?: SensitiveDecision) => Promise<unknown>;
}): ReactElement {
  const { t } = useTranslation();
  const { label, field, value, kind = "text", onSave } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<{ error: unknown; value: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const errorId = `${inputId}-error`;

  const save = async (saved: string, sensitive?: SensitiveDecision) => {
    setSaving(true);
    setError(undefined);
    setFailure(null);
    try {
      await onSave(saved, sensitive);
      setEditing(false);
    } catch (caught) {
      setFailure({ error: caught, value: saved });
      setError(
        isApiError(caught)
          ? (caught.fieldMessage(field) ?? caught.fields[0]?.message ?? caught.message)
          : t("errors.generic"),
      );
    } finally {
      setSaving(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(draft.trim());
  };

  if (!editing) {
    return (
      <div className="editable">
        <span className="editable-label">{label}</span>
        <span className="editable-value">
          {props.display ??
            (value ? value : <span className="muted">{props.placeholder ?? t("common.notSet")}</span>)}
        </span>
        <button
          type="button"
          className="icon-button small"
          aria-label={t("common.editField", { field: label })}
          onClick={() => {
            setDraft(value);
            setFailure(null);
            setEditing(true);
          }}
        >
          <Icon name="edit" size={16} />
        </button>
      </div>
    );
  }

  const common = {
    id: inputId,
    value: draft,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId : undefined,
    autoFocus: true,
  } as const;
  return (
    <form className="editable editing" onSubmit={submit}>
      <label className="editable-label" htmlFor={inputId}>
        {label}
      </label>
      {kind === "textarea" ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={kind}
          inputMode={kind === "number" ? "numeric" : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
      )}
      <FieldError id={errorId} message={error} />
      {failure ? (
        <SensitiveChoice
          error={failure.error}
          onChoose={(decision) => void save(failure.value, decision)}
          disabled={saving}
        />
      ) : null}
      <div className="row-actions">
        <button type="submit" className="button small primary" disabled={saving}>
          {t("common.save")}
        </button>
        <button type="button" className="button small ghost" onClick={() => setEditing(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
