import type { ReactElement, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/api-error.ts";

export function Loading({ label }: { label?: string }): ReactElement {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}

export function ErrorNote({ error }: { error: unknown }): ReactElement {
  const { t } = useTranslation();
  const message = isApiError(error) ? error.message : t("errors.generic");
  return (
    <p className="error-note" role="alert">
      {message}
    </p>
  );
}

export function EmptyNote({ children }: { children: ReactNode }): ReactElement {
  return <p className="empty-note">{children}</p>;
}

/** A field's problem, announced and tied to the input through aria-describedby. */
export function FieldError({
  id,
  message,
}: {
  id: string;
  message: string | undefined;
}): ReactElement | null {
  if (!message) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {message}
    </span>
  );
}
