import type { Locale } from "../../core/locale.ts";

const formats: Partial<Record<Locale, Intl.NumberFormat>> = {};

/** A whole-number percentage (0–100) as "25 %" in German and "25%" in English. */
export function formatPercent(locale: Locale, percent: number): string {
  formats[locale] ??= new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 0,
  });
  return formats[locale].format(percent / 100);
}
