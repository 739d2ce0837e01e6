// Months and quarters as the figures count them: calendar periods in UTC, keyed "2026-11" and
// "2026-Q4", so the SQL (substr of an ISO instant) and this code agree on every boundary.
import { daysInMonth, type IsoDate, type IsoDateTime, pad2 } from "../dates.ts";

/** "YYYY-MM" of an ISO day or instant. */
export function monthOf(dayOrInstant: IsoDate | IsoDateTime): string {
  return dayOrInstant.slice(0, 7);
}

export function quarterOf(dayOrInstant: IsoDate | IsoDateTime): string {
  const month = Number(dayOrInstant.slice(5, 7));
  return `${dayOrInstant.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}`;
}

/** The last `count` months up to and including the month of `now`, oldest first. */
export function lastMonths(now: IsoDateTime, count: number): string[] {
  const current = monthOf(now);
  return Array.from({ length: count }, (_, i) => shiftMonth(current, i - count + 1));
}

/** The last `count` quarters up to and including the quarter of `now`, oldest first. */
export function lastQuarters(now: IsoDateTime, count: number): string[] {
  const year = Number(now.slice(0, 4));
  const quarter = Math.ceil(Number(now.slice(5, 7)) / 3);
  const index = year * 4 + quarter - 1;
  return Array.from({ length: count }, (_, i) => {
    const q = index - count + 1 + i;
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  });
}

/** The first instant of a month: the lower bound for "occurred in or after this month". */
export function monthStart(month: string): IsoDateTime {
  return `${month}-01T00:00:00.000Z`;
}

export function quarterStart(quarter: string): IsoDateTime {
  const q = Number(quarter.slice(6));
  return monthStart(`${quarter.slice(0, 4)}-${pad2((q - 1) * 3 + 1)}`);
}

/** The last day of a month. */
export function monthEndDay(month: string): IsoDate {
  const year = Number(month.slice(0, 4));
  return `${month}-${pad2(daysInMonth(Number(month.slice(5, 7)), year))}`;
}

/** The last instant of a day: "as of 31 March" includes everything that happened on 31 March. */
export function endOfDay(day: IsoDate): IsoDateTime {
  return `${day}T23:59:59.999Z`;
}

/** The last day of a quarter. */
export function quarterEndDay(quarter: string): IsoDate {
  const q = Number(quarter.slice(6));
  return monthEndDay(`${quarter.slice(0, 4)}-${pad2(q * 3)}`);
}
