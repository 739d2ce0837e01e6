import { isValidDayOfMonth } from "../../core/dates.ts";
import type { YearlyDate } from "../contact-record.ts";

/** How to read 05/06/1980: day first (UK, DE), month first (US), or only when unambiguous. */
export const DATE_ORDERS = ["auto", "dmy", "mdy"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export type DateParse =
  | { ok: true; date: YearlyDate | null }
  | { ok: false; reason: "invalid" | "ambiguous" };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?$/i;
const ISO_NO_YEAR = /^--(\d{2})-?(\d{2})$/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.?\s?(\d{4})?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/;
// Month names as LinkedIn ("14 Mar 2024"), US tools ("Mar 14, 2024") and German lists ("3. Juni
// 1980", "14. Mrz. 2024") write them.
const DAY_MONTH_NAME = /^(\d{1,2})\.?\s*([a-zäöü]{3,10})\.?,?\s*(\d{4})?$/i;
const MONTH_NAME_DAY = /^([a-zäöü]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})?$/i;
const MONTHS: Record<string, number> = {};
for (const [month, names] of [
  [1, "jan january januar jän jänner"],
  [2, "feb february februar"],
  [3, "mar march mär märz mrz"],
  [4, "apr april"],
  [5, "may mai"],
  [6, "jun june juni"],
  [7, "jul july juli"],
  [8, "aug august"],
  [9, "sep sept september"],
  [10, "oct october okt oktober"],
  [11, "nov november"],
  [12, "dec december dez dezember"],
] as const) {
  for (const name of names.split(" ")) MONTHS[name] = month;
}
// Outlook writes an empty date as 0/0/00 (German: 0.0.00); some tools write 00.00.0000.
const EMPTY_DATES = new Set(["0/0/00", "0/0/0000", "0.0.00", "0.0.0000", "00.00.0000", "0000-00-00"]);
// Placeholders for "year unknown" (Apple's 1604, zero years).
const NO_YEAR = new Set([0, 1604]);

/** Reads a birthday or anniversary as spreadsheets and CRMs write it; an empty cell is no date. */
export function parseFlexibleDate(input: string, order: DateOrder): DateParse {
  const text = input.trim().replace(/\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?$/, "");
  if (text === "" || EMPTY_DATES.has(text)) return { ok: true, date: null };
  let match = ISO.exec(text);
  if (match) return build(match[3], match[2], match[1]);
  match = ISO_NO_YEAR.exec(text);
  if (match) return build(match[2], match[1], undefined);
  match = DOTTED.exec(text);
  if (match) return build(match[1], match[2], match[3]);
  match = DAY_MONTH_NAME.exec(text);
  if (match) return named(match[1], match[2], match[3]);
  match = MONTH_NAME_DAY.exec(text);
  if (match) return named(match[2], match[1], match[3]);
  match = SLASHED.exec(text);
  if (!match) return { ok: false, reason: "invalid" };
  const [, first = "", second = "", year] = match;
  const a = Number(first);
  const b = Number(second);
  let dayFirst: boolean;
  if (order !== "auto") dayFirst = order === "dmy";
  else if (a > 12 && b <= 12) dayFirst = true;
  else if (b > 12 && a <= 12) dayFirst = false;
  else if (a === b) dayFirst = true;
  else return { ok: false, reason: "ambiguous" };
  return dayFirst ? build(first, second, year) : build(second, first, year);
}

function build(dayText = "", monthText = "", yearText: string | undefined): DateParse {
  const day = Number(dayText);
  const month = Number(monthText);
  const rawYear = yearText === undefined ? null : Number(yearText);
  const year = rawYear === null || NO_YEAR.has(rawYear) ? null : rawYear;
  if (!isValidDayOfMonth(day, month, year ?? undefined)) return { ok: false, reason: "invalid" };
  return { ok: true, date: { day, month, year } };
}

function named(dayText = "", monthName = "", yearText: string | undefined): DateParse {
  const month = Object.hasOwn(MONTHS, monthName.toLowerCase()) ? MONTHS[monthName.toLowerCase()] : undefined;
  if (month === undefined) return { ok: false, reason: "invalid" };
  return build(dayText, String(month), yearText);
}
