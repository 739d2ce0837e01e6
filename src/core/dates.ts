// Calendar arithmetic on ISO strings. The domain speaks in calendar days ("YYYY-MM-DD") and instants
// ("YYYY-MM-DDTHH:mm:ss.sssZ", always UTC). No clock here: `now` is always passed in.

/** A calendar day, "YYYY-MM-DD". */
export type IsoDate = string;
/** An instant in UTC, "YYYY-MM-DDTHH:mm:ss.sssZ". */
export type IsoDateTime = string;

const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day in the form YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  return isValidDayOfMonth(Number(d), Number(m), Number(y));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day/month validity; without a year, 29 February is allowed (birthdays without a year). */
export function isValidDayOfMonth(day: number, month: number, year?: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(month, year);
}

export function toEpochDay(date: IsoDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00.000Z`) / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar day (UTC) of an instant. */
export function dayOf(instant: IsoDateTime): IsoDate {
  return instant.slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Fractional days between two instants. */
export function daysBetweenInstants(from: IsoDateTime, to: IsoDateTime): number {
  return (Date.parse(to) - Date.parse(from)) / MS_PER_DAY;
}

/**
 * The next occurrence (on or after `today`) of a yearly date given as day and month. 29 February
 * falls on 28 February in common years, as people celebrate it.
 */
export function nextYearlyOccurrence(day: number, month: number, today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const d = month === 2 && day === 29 && !isLeapYear(y) ? 28 : day;
    const candidate = `${y}-${pad2(month)}-${pad2(d)}`;
    if (candidate >= today) return candidate;
  }
  throw new Error("unreachable: a yearly date always recurs within two years");
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
