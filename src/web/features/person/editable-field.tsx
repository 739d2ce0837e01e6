import { type FormEvent, type ReactElement, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error.ts";
import { Icon } from "../../ui/icons.tsx";
import { FieldError } from "../../ui/status.tsx";

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
  onSave: (value: string) => Promise<unknown>;
}): ReactElement {
  const { t } = useTranslation();
  const { label, field, value, kind = "text", onSave } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const errorId = `${inputId}-error`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      await onSave(draft.trim());
      setEditing(false);
    } catch (caught) {
      setError(
        isApiError(caught)
          ? (caught.fieldMessage(field) ?? caught.fields[0]?.message ?? caught.message)
          : t("errors.generic"),
      );
    } finally {
      setSaving(false);
    }
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
