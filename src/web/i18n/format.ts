import type { Locale } from "../../core/locale.ts";

// Dates, numbers and money in the chosen language. Calendar days (YYYY-MM-DD) are formatted in UTC
// so that a birthday never slips to the day before in a western time zone.

const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format as T;
}

export function formatDay(
  locale: Locale,
  isoDate: string,
  style: "medium" | "long" | "short" = "medium",
): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const options: Intl.DateTimeFormatOptions =
    style === "short"
      ? { day: "numeric", month: "short", timeZone: "UTC" }
      : { dateStyle: style, timeZone: "UTC" };
  return cached(`d:${locale}:${style}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], options)).format(
    date,
  );
}

export function formatDayMonth(locale: Locale, day: number, month: number): string {
  const date = new Date(Date.UTC(2000, month - 1, day));
  return cached(
    `dm:${locale}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", timeZone: "UTC" }),
  ).format(date);
}

export function formatDateTime(locale: Locale, instant: string): string {
  return cached(
    `dt:${locale}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short" }),
  ).format(new Date(instant));
}

export function formatNumber(locale: Locale, value: number): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale])).format(value);
}

export function formatCurrency(locale: Locale, value: number, currency = "EUR"): string {
  return cached(
    `c:${locale}:${currency}`,
    () => new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency }),
  ).format(value);
}

/** "vor 3 Tagen" / "in 2 days", from whole days (negative = past). */
export function formatRelativeDays(locale: Locale, days: number): string {
  return cached(
    `r:${locale}`,
    () => new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: "auto" }),
  ).format(days, "day");
}

/** Whole days from the local today to a calendar day (negative = past). */
export function daysFromToday(isoDate: string, now: Date): number {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const day = Date.parse(`${isoDate.slice(0, 10)}T00:00:00.000Z`);
  return Math.round((day - today) / 86_400_000);
}

/** The local calendar day of an instant as YYYY-MM-DD (for date inputs). */
export function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The value a datetime-local input needs: local time, minutes precision. */
export function localDateTimeInput(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${localIsoDay(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
