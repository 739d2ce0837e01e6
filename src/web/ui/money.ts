import type { Locale } from "../../core/locale.ts";

// Money travels as integer cents (euro). Whole amounts are shown without ",00" so a board of
// sums stays readable; amounts with cents keep both digits.

const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" };
const formats = new Map<string, Intl.NumberFormat>();

function format(locale: Locale, digits: 0 | 2, compact: boolean): Intl.NumberFormat {
  const key = `${locale}:${digits}:${compact}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: compact ? 0 : digits,
      maximumFractionDigits: compact ? 1 : digits,
      notation: compact ? "compact" : "standard",
    });
    formats.set(key, f);
  }
  return f;
}

export function formatCents(locale: Locale, cents: number): string {
  return format(locale, cents % 100 === 0 ? 0 : 2, false).format(cents / 100);
}

/** "1,2 Mio. €" / "€1.2M": for axis ticks and tight columns. */
export function formatCentsCompact(locale: Locale, cents: number): string {
  return format(locale, 0, true).format(cents / 100);
}

/**
 * Euro text as typed in the language's convention ("1.234,50" in German, "1,234.50" in English,
 * an optional € sign and spaces) to cents; null when it is not an amount.
 */
export function parseEuroToCents(text: string, locale: Locale): number | null {
  const group = locale === "de" ? "." : ",";
  const decimal = locale === "de" ? "," : ".";
  const bare = text.replace(/[\s\u00a0\u202f€]/g, "").replace(/^EUR|EUR$/i, "");
  if (bare === "") return null;
  const pattern = new RegExp(`^(\\d{1,3}(\\${group}\\d{3})+|\\d+)(\\${decimal}\\d{1,2})?$`);
  if (!pattern.test(bare)) return null;
  const [whole = "0", fraction = ""] = bare.split(decimal);
  const cents = Number(whole.split(group).join("")) * 100 + Number(fraction.padEnd(2, "0") || 0);
  return Number.isSafeInteger(cents) ? cents : null;
}
