import { isValidDayOfMonth } from "../../core/dates.ts";
import type { YearlyDate } from "../contact-record.ts";

// Basic (19960415), extended (1996-04-15), without year (--0415, --04-15), each optionally with a
// time that is dropped: a birthday is a calendar day wherever the contact lives.
const DATE = /^(\d{4}|--)-?(\d{2})-?(\d{2})(?:T[0-9:.+\-Z]*)?$/i;

/**
 * Reads BDAY / ANNIVERSARY values. `omitYear` is Apple's X-APPLE-OMIT-YEAR parameter: Apple writes
 * birthdays without a year as 1604-MM-DD and marks that year as a placeholder.
 */
export function parseVcardDate(value: string, omitYear: string | null = null): YearlyDate | null {
  const match = DATE.exec(value.trim());
  if (!match) return null;
  const [, yearText = "", monthText = "", dayText = ""] = match;
  const day = Number(dayText);
  const month = Number(monthText);
  const noYear =
    yearText === "--" || yearText === "0000" || (omitYear !== null && yearText === omitYear.trim());
  const year = noYear ? null : Number(yearText);
  if (!isValidDayOfMonth(day, month, year ?? undefined)) return null;
  return { day, month, year };
}

/** `1980-04-12` for vCard 3.0 (ISO 8601 extended); vCard 4.0 uses the basic form `19800412`. */
export function formatVcardDate(date: YearlyDate, version: "3.0" | "4.0"): string {
  const mm = String(date.month).padStart(2, "0");
  const dd = String(date.day).padStart(2, "0");
  if (date.year === null) return version === "4.0" ? `--${mm}${dd}` : `${APPLE_PLACEHOLDER_YEAR}-${mm}-${dd}`;
  const yyyy = String(date.year).padStart(4, "0");
  return version === "4.0" ? `${yyyy}${mm}${dd}` : `${yyyy}-${mm}-${dd}`;
}

/** A leap year long before anyone alive, so 29 February stays valid (Apple's choice). */
export const APPLE_PLACEHOLDER_YEAR = "1604";
