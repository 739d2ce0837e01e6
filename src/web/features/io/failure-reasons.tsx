import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../core/locale.ts";
import type { ImportReport } from "../../api/io.ts";
import { formatNumber } from "../../i18n/format.ts";

/** Reasons shown; the report has up to 20. */
const SHOWN = 5;

/**
 * The failures counted by reason, when one reason failed several rows: "24.980 × weder Name noch
 * Firma noch Kontaktdaten" says at once what the row-by-row list below shows as the same line again
 * and again (usually a column mapped wrongly).
 */
export function FailureReasons({
  reasons: { reasons, otherRows },
  locale,
}: {
  reasons: ImportReport["failureReasons"];
  locale: Locale;
}): ReactElement | null {
  const { t } = useTranslation();
  if ((reasons[0]?.count ?? 0) < 2) return null;
  const n = (value: number) => formatNumber(locale, value);
  const rest = otherRows + reasons.slice(SHOWN).reduce((sum, entry) => sum + entry.count, 0);
  return (
    <div className="failure-reasons">
      <p className="muted small">{t("io.reasons.title")}</p>
      <ul className="plain-list">
        {reasons.slice(0, SHOWN).map(({ reason, count }) => (
          <li key={reason.en}>
            <strong>{n(count)} ×</strong> {reason[locale]}
          </li>
        ))}
        {rest > 0 ? (
          <li>
            <strong>{n(rest)} ×</strong> {t("io.reasons.other")}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
