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

// Day arithmetic runs thousands of times per agenda (every contact's cadence and warmth), so the
// common case is plain integer arithmetic (the proleptic Gregorian "days from civil" conversion)
// instead of building and parsing Date strings. Anything unusual falls back to Date, so both paths
// agree on every input (property test in dates.test.ts).

export function toEpochDay(date: IsoDate): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return daysFromCivil(year, month, day);
  }
  return Math.floor(Date.parse(`${date}T00:00:00.000Z`) / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay) || epochDay < -719_468 || epochDay > 2_932_896) {
    return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
  }
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The decimal number in text[from, to), or -1 when any character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
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

/** "2019-03-04" from its parts (not checked: see isIsoDate). */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** The year, month and day of "2019-03-04". */
export function datePartsOf(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
