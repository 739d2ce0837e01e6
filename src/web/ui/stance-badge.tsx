import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Stance } from "../../core/vocabulary.ts";

/** Nothing for befriend (the normal case); a quiet badge for keep professional, a clear one for caution. */
export function StanceBadge({ stance }: { stance: Stance }): ReactElement | null {
  const { t } = useTranslation();
  if (stance === "befriend") return null;
  return <span className={`badge stance-${stance}`}>{t(`stance.${stance}`)}</span>;
}
