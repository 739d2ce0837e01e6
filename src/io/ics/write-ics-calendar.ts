import { addDays, type IsoDate, type IsoDateTime } from "../../core/dates.ts";
import { foldLine } from "../text/fold-line.ts";

export interface IcsAllDayEvent {
  /** Stable across feed refreshes (e.g. "birthday-<personId>@kundenfreund"), so calendars update in place. */
  uid: string;
  /** The (first) day of the event. */
  date: IsoDate;
  summary: string;
  description?: string | null;
  /** Repeat every year on this day (birthdays, anniversaries). */
  yearly?: boolean;
}

export interface IcsCalendar {
  /** Shown by Apple Calendar, Outlook and Google as the feed's name (X-WR-CALNAME). */
  name: string;
  /** Stamped on every event as DTSTAMP; the caller passes the time the feed is generated. */
  now: IsoDateTime;
  prodId?: string;
  /** How often clients should refetch, as an ISO 8601 duration, e.g. "PT12H". */
  refreshInterval?: string;
}

const DEFAULT_PRODID = "-//Kundenfreund//Kundenfreund//DE";

/**
 * An RFC 5545 calendar of all-day events, line by line (CRLF, folded at 75 octets), so a feed of
 * thousands of birthdays streams to the client.
 */
export function* writeIcsCalendar(
  calendar: IcsCalendar,
  events: Iterable<IcsAllDayEvent>,
): Generator<string> {
  const line = (text: string): string => `${foldLine(text)}\r\n`;
  yield line("BEGIN:VCALENDAR");
  yield line(`PRODID:${calendar.prodId ?? DEFAULT_PRODID}`);
  yield line("VERSION:2.0");
  yield line("CALSCALE:GREGORIAN");
  yield line("METHOD:PUBLISH");
  yield line(`X-WR-CALNAME:${escapeIcsText(calendar.name)}`);
  if (calendar.refreshInterval) {
    yield line(`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`);
    yield line(`X-PUBLISHED-TTL:${calendar.refreshInterval}`);
  }
  const stamp = formatIcsUtc(calendar.now);
  for (const event of events) {
    yield line("BEGIN:VEVENT");
    yield line(`UID:${escapeIcsText(event.uid)}`);
    yield line(`DTSTAMP:${stamp}`);
    yield line(`DTSTART;VALUE=DATE:${formatIcsDate(event.date)}`);
    // DTEND is exclusive (RFC 5545 §3.6.1): a one-day event ends the next day.
    yield line(`DTEND;VALUE=DATE:${formatIcsDate(addDays(event.date, 1))}`);
    if (event.yearly) yield line(yearlyRule(event.date));
    yield line(`SUMMARY:${escapeIcsText(event.summary)}`);
    if (event.description) yield line(`DESCRIPTION:${escapeIcsText(event.description)}`);
    // Birthdays must not block the day in free/busy searches.
    yield line("TRANSP:TRANSPARENT");
    yield line("END:VEVENT");
  }
  yield line("END:VCALENDAR");
}

/** The whole calendar as one string, for small feeds and tests. */
export function serialiseIcsCalendar(calendar: IcsCalendar, events: Iterable<IcsAllDayEvent>): string {
  return [...writeIcsCalendar(calendar, events)].join("");
}

/**
 * FREQ=YEARLY on 29 February recurs only in leap years (RFC 5545 skips invalid dates); people
 * celebrate on 28 February instead, so the rule names the last day of February.
 */
function yearlyRule(date: IsoDate): string {
  return date.slice(5) === "02-29" ? "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "RRULE:FREQ=YEARLY";
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
export function escapeIcsText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\\;,\n]/g, (char) => (char === "\n" ? "\\n" : `\\${char}`));
}

function formatIcsDate(date: IsoDate): string {
  return date.replaceAll("-", "");
}

/** 2026-03-01T08:05:09.123Z → 20260301T080509Z */
function formatIcsUtc(instant: IsoDateTime): string {
  return `${instant.slice(0, 19).replace(/[-:]/g, "")}Z`;
}
