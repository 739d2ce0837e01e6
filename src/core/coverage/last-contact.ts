import { dayOf, daysBetween, type IsoDate, type IsoDateTime } from "../dates.ts";
import type { Localized } from "../locale.ts";

/** Whole calendar months from `from` to `to` (a month counts once its day of month is reached). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** "letzter Kontakt vor 8 Monaten" / "last contact 8 months ago". */
export function describeLastContact(lastContactAt: IsoDateTime | null, today: IsoDate): Localized {
  if (lastContactAt === null) return { de: "noch kein Kontakt", en: "no contact yet" };
  const last = dayOf(lastContactAt);
  const days = Math.max(0, daysBetween(last, today));
  if (days === 0) return { de: "letzter Kontakt heute", en: "last contact today" };
  if (days === 1) return { de: "letzter Kontakt gestern", en: "last contact yesterday" };
  if (days < 14) return { de: `letzter Kontakt vor ${days} Tagen`, en: `last contact ${days} days ago` };
  const months = monthsBetween(last, today);
  if (months < 2) {
    const weeks = Math.floor(days / 7);
    return { de: `letzter Kontakt vor ${weeks} Wochen`, en: `last contact ${weeks} weeks ago` };
  }
  if (months < 24)
    return { de: `letzter Kontakt vor ${months} Monaten`, en: `last contact ${months} months ago` };
  const years = Math.floor(months / 12);
  return { de: `letzter Kontakt vor ${years} Jahren`, en: `last contact ${years} years ago` };
}
