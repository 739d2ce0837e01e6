import type { IsoDate } from "../dates.ts";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A day as a salesperson writes it in a note: "14.03.2026" or "14 Mar 2026". */
export function formatDay(date: IsoDate, german: boolean): string {
  const [year, month, day] = date.split("-");
  if (german) return `${day}.${month}.${year}`;
  return `${Number(day)} ${MONTHS_EN[Number(month) - 1]} ${year}`;
}
