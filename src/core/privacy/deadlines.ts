import { addDays, datePartsOf, daysBetween, daysInMonth, type IsoDate, isoDateOf } from "../dates.ts";

/**
 * The same day `months` later; a day the target month lacks falls on its last day (31 Jan + 1
 * month = 28/29 Feb), as Art. 3(2)(c) of Regulation 1182/71 counts periods expressed in months.
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = datePartsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDateOf(y, m, Math.min(day, daysInMonth(m, y)));
}

/** Days an access request may take at most, in this product (see docs/decisions/081). */
export const ACCESS_REQUEST_DAYS = 30;

/**
 * The due day of a data-subject request: Art. 12(3) GDPR allows one month; the product promises
 * 30 days. The earlier of the two is always within the law, whatever the month.
 */
export function accessRequestDueOn(receivedOn: IsoDate): IsoDate {
  const byDays = addDays(receivedOn, ACCESS_REQUEST_DAYS);
  const byMonth = addMonthsClamped(receivedOn, 1);
  // ISO days compare as text; Math.min would need numbers.
  return [byDays, byMonth].sort()[0] as IsoDate;
}

/** Art. 14(3)(a): information to a person whose data came from elsewhere is due within one month. */
export function informationDueOn(addedOn: IsoDate): IsoDate {
  return addMonthsClamped(addedOn, 1);
}

export type RequestStatus = "open" | "due_soon" | "overdue" | "completed";

/** Where a request stands on `today`; "due soon" is the last 7 days. */
export function requestStatus(
  request: { dueOn: IsoDate; completedOn: IsoDate | null },
  today: IsoDate,
): { status: RequestStatus; daysLeft: number | null } {
  if (request.completedOn) return { status: "completed", daysLeft: null };
  const daysLeft = daysBetween(today, request.dueOn);
  return { status: daysLeft < 0 ? "overdue" : daysLeft <= 7 ? "due_soon" : "open", daysLeft };
}
