import { addDays, type IsoDate, toEpochDay } from "../dates.ts";
import { isNationwideHoliday } from "./holidays.ts";

// Period computation for the VgV follows Regulation (EEC, Euratom) No 1182/71 (§82 VgV):
// the day of the event is not counted (Art. 3(1)), the period ends at the end of its last day
// (Art. 3(2)(b)), and when that last day is a Saturday, Sunday or public holiday the period ends
// with the following working day (Art. 3(4)). This mirrors §§187 Abs. 1, 188 Abs. 1, 193 BGB.

export interface PeriodOptions {
  /** Apply Art. 3(4) Reg. 1182/71: an end on a weekend or holiday moves to the next working day. */
  weekendRule?: boolean;
  /** Which days are public holidays; defaults to the nationwide German holidays. */
  isHoliday?: (day: IsoDate) => boolean;
}

export function isWeekend(day: IsoDate): boolean {
  // 1970-01-01 (epoch day 0) was a Thursday.
  const weekday = (((toEpochDay(day) + 4) % 7) + 7) % 7; // 0 = Sunday … 6 = Saturday
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(
  day: IsoDate,
  isHoliday: (day: IsoDate) => boolean = isNationwideHoliday,
): boolean {
  return !isWeekend(day) && !isHoliday(day);
}

export function nextWorkingDayOnOrAfter(
  day: IsoDate,
  isHoliday: (day: IsoDate) => boolean = isNationwideHoliday,
): IsoDate {
  let current = day;
  while (!isWorkingDay(current, isHoliday)) current = addDays(current, 1);
  return current;
}

/** The last day of a period of `days` calendar days that starts the day after `eventDay`. */
export function periodEnd(eventDay: IsoDate, days: number, options: PeriodOptions = {}): IsoDate {
  const last = addDays(eventDay, days);
  if (options.weekendRule === false) return last;
  return nextWorkingDayOnOrAfter(last, options.isHoliday ?? isNationwideHoliday);
}
