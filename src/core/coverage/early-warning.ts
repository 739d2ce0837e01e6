import { daysBetween, type IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { Coverage } from "./score-coverage.ts";

/** Warn when publication is closer than this many days … */
export const EARLY_WARNING_DAYS = 90;
/** … and coverage is below this score. */
export const LOW_COVERAGE_BELOW = 50;

export interface EarlyWarning {
  daysUntilPublication: number;
  text: Localized;
}

function inDays(days: number): Localized {
  if (days === 0) return { de: "heute", en: "today" };
  if (days === 1) return { de: "in 1 Tag", en: "in 1 day" };
  return { de: `in ${days} Tagen`, en: `in ${days} days` };
}

/**
 * "Tender expected in 60 days, the decision maker is cold": null when publication is far off,
 * already past, or coverage is good enough.
 */
export function earlyWarning(
  expectedPublicationDate: IsoDate,
  coverage: Pick<Coverage, "score" | "gaps">,
  today: IsoDate,
): EarlyWarning | null {
  const days = daysBetween(today, expectedPublicationDate);
  if (days < 0 || days >= EARLY_WARNING_DAYS || coverage.score >= LOW_COVERAGE_BELOW) return null;
  const when = inDays(days);
  const gap = coverage.gaps[0];
  return {
    daysUntilPublication: days,
    text: {
      de: `Ausschreibung ${when.de} erwartet, Beziehungsabdeckung nur ${coverage.score} von 100.${gap ? ` Wichtigste Lücke: ${gap.text.de}.` : ""}`,
      en: `Tender expected ${when.en}, relationship coverage only ${coverage.score} of 100.${gap ? ` Most important gap: ${gap.text.en}.` : ""}`,
    },
  };
}
