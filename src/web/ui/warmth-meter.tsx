import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";

/** The 0–100 warmth as a number and a band from cool to warm. */
export function WarmthMeter({ score, compact = false }: { score: number; compact?: boolean }): ReactElement {
  const { t } = useTranslation();
  const rounded = Math.round(score);
  const band = rounded >= 70 ? "warm" : rounded >= 40 ? "mild" : "cool";
  return (
    <div className={`warmth-meter band-${band}${compact ? " compact" : ""}`}>
      <span className="warmth-score">{rounded}</span>
      <span className="warmth-scale" aria-hidden="true">
        <span className="warmth-scale-fill" style={{ width: `${Math.max(2, Math.min(100, rounded))}%` }} />
      </span>
      <span className="warmth-band">{t(`warmth.band.${band}`)}</span>
      <span className="visually-hidden">{t("warmth.outOf", { score: rounded })}</span>
    </div>
  );
}
