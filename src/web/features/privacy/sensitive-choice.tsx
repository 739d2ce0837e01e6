import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { isSensitiveRefusal, type SensitiveDecision } from "./sensitive-finding.ts";

/**
 * Shown under a form whose save was refused for special-category data (Art. 9 GDPR) or an insult.
 * The server's explanation already sits next to the field; this adds the two recorded ways forward
 * and nudges towards rephrasing, which needs no decision at all.
 */
export function SensitiveChoice({
  error,
  onChoose,
  disabled = false,
}: {
  error: unknown;
  onChoose: (decision: SensitiveDecision) => void;
  disabled?: boolean;
}): ReactElement | null {
  const { t } = useTranslation();
  if (!isSensitiveRefusal(error)) return null;
  return (
    <div className="sensitive-choice stack">
      <p className="muted small">{t("sensitive.better")}</p>
      <div className="row-actions">
        <button
          type="button"
          className="button small"
          disabled={disabled}
          onClick={() => onChoose("consented")}
        >
          {t("sensitive.consented")}
        </button>
        <button
          type="button"
          className="button small ghost"
          disabled={disabled}
          onClick={() => onChoose("save_anyway")}
        >
          {t("sensitive.saveAnyway")}
        </button>
      </div>
    </div>
  );
}
