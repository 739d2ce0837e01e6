import { addDays, type IsoDate, pad2 } from "../dates.ts";

// Only the public holidays that apply in every German state. State holidays (Epiphany, Corpus
// Christi, Reformation Day …) depend on where the buyer sits, so the caller adds them through an
// `isHoliday` predicate; see docs/decisions/041.

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The nationwide public holidays of Germany in a year, in calendar order. */
export function nationwideHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  return [
    `${year}-01-01`, // Neujahr
    addDays(easter, -2), // Karfreitag
    addDays(easter, 1), // Ostermontag
    `${year}-05-01`, // Tag der Arbeit
    addDays(easter, 39), // Christi Himmelfahrt
    addDays(easter, 50), // Pfingstmontag
    `${year}-10-03`, // Tag der Deutschen Einheit
    `${year}-12-25`,
    `${year}-12-26`,
  ].sort();
}

const cache = new Map<number, ReadonlySet<IsoDate>>();

export function isNationwideHoliday(day: IsoDate): boolean {
  const year = Number(day.slice(0, 4));
  let set = cache.get(year);
  if (!set) {
    set = new Set(nationwideHolidays(year));
    cache.set(year, set);
  }
  return set.has(day);
}
