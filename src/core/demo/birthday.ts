import { addDays, type IsoDate, isValidDayOfMonth } from "../dates.ts";
import type { Birthday } from "../model/person.ts";

/** A birthday `inDays` from today; 29 February of a common birth year falls back to the 28th. */
export function birthdayInDays(today: IsoDate, inDays: number, year: number | null): Birthday {
  const day = addDays(today, inDays);
  const month = Number(day.slice(5, 7));
  const dayOfMonth = Number(day.slice(8, 10));
  const valid = isValidDayOfMonth(dayOfMonth, month, year ?? undefined);
  return { day: valid ? dayOfMonth : dayOfMonth - 1, month, year };
}
