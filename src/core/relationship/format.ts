// Small text builders shared by the relationship rules. Every rule returns German and English at
// once, so the wording (plurals, dative "seit", decimal comma) lives here and stays consistent.
import type { IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { RelationKind } from "../vocabulary.ts";

const MONTHS_DE = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "+18", "−18" (typographic minus, as the UI shows it) or "0". */
export function formatPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return "0";
}

/** "3. Dezember" / "3 December". */
export function formatDayMonth(date: IsoDate): Localized {
  const { day, month } = splitDate(date);
  return { de: `${day}. ${MONTHS_DE[month - 1]}`, en: `${day} ${MONTHS_EN[month - 1]}` };
}

/** "3. Dezember 2026" / "3 December 2026". */
export function formatFullDate(date: IsoDate): Localized {
  const { year } = splitDate(date);
  const dayMonth = formatDayMonth(date);
  return { de: `${dayMonth.de} ${year}`, en: `${dayMonth.en} ${year}` };
}

/** "März 2024" / "March 2024". */
export function formatMonthYear(date: IsoDate): Localized {
  const { year, month } = splitDate(date);
  return { de: `${MONTHS_DE[month - 1]} ${year}`, en: `${MONTHS_EN[month - 1]} ${year}` };
}

/** One decimal, with the German decimal comma: "4,2" / "4.2". */
export function formatDecimal(value: number): Localized {
  const en = value.toFixed(1);
  return { de: en.replace(".", ","), en };
}

/** "heute" / "gestern" / "vor 94 Tagen". */
export function formatDaysAgo(days: number): Localized {
  if (days <= 0) return { de: "heute", en: "today" };
  if (days === 1) return { de: "gestern", en: "yesterday" };
  return { de: `vor ${days} Tagen`, en: `${days} days ago` };
}

/** "morgen" / "in 3 Tagen": people say tomorrow, not "in 1 Tag". */
export function formatDaysAhead(days: number): Localized {
  if (days <= 0) return { de: "heute", en: "today" };
  if (days === 1) return { de: "morgen", en: "tomorrow" };
  return { de: `in ${days} Tagen`, en: `in ${days} days` };
}

/** A count with its noun: plural(3, "Gespräch", "Gespräche") → "3 Gespräche". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * A relationship's length after "seit" / "for": "seit 3 Jahren", "seit einem Monat". Years from
 * 365 days on, months from 30 days on, so the number a person reads is never surprising.
 */
export function formatDuration(days: number): Localized {
  if (days >= 365) {
    const years = Math.floor(days / 365);
    return years === 1
      ? { de: "seit einem Jahr", en: "for 1 year" }
      : { de: `seit ${years} Jahren`, en: `for ${years} years` };
  }
  if (days >= 30) {
    const months = Math.floor(days / 30);
    return months === 1
      ? { de: "seit einem Monat", en: "for 1 month" }
      : { de: `seit ${months} Monaten`, en: `for ${months} months` };
  }
  if (days <= 0) return { de: "seit heute", en: "since today" };
  return days === 1
    ? { de: "seit einem Tag", en: "for 1 day" }
    : { de: `seit ${days} Tagen`, en: `for ${days} days` };
}

/** Grammatical gender for family labels ("Tochter" vs "Sohn"); unknown gives the neutral word. */
export type LabelGender = "female" | "male" | null;

const FAMILY_LABELS: Partial<Record<RelationKind, Record<"female" | "male" | "neutral", Localized>>> = {
  partner: {
    female: { de: "Partnerin", en: "partner" },
    male: { de: "Partner", en: "partner" },
    neutral: { de: "Partner/in", en: "partner" },
  },
  child: {
    female: { de: "Tochter", en: "daughter" },
    male: { de: "Sohn", en: "son" },
    neutral: { de: "Kind", en: "child" },
  },
  parent: {
    female: { de: "Mutter", en: "mother" },
    male: { de: "Vater", en: "father" },
    neutral: { de: "Elternteil", en: "parent" },
  },
  sibling: {
    female: { de: "Schwester", en: "sister" },
    male: { de: "Bruder", en: "brother" },
    neutral: { de: "Geschwister", en: "sibling" },
  },
};

/** The relation kinds whose dates the agenda shows via the related contact. */
export const FAMILY_RELATION_KINDS: readonly RelationKind[] = ["partner", "child", "parent", "sibling"];

/** "Tochter" / "daughter"; null for kinds that are not family. */
export function familyLabel(kind: RelationKind, gender: LabelGender): Localized | null {
  const labels = FAMILY_LABELS[kind];
  if (!labels) return null;
  return labels[gender ?? "neutral"];
}

function splitDate(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}
