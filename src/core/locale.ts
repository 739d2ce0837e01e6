// Every text a person reads exists in German and English. Core rules return both languages at once
// so that the caller (API, CLI, web) picks without calling the rule again.

export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export interface Localized {
  de: string;
  en: string;
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Picks the first supported locale from an Accept-Language header or a LANG value; German first. */
export function negotiateLocale(preference: string | undefined | null): Locale {
  if (!preference) return "de";
  for (const part of preference.split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "de" || tag === "en") return tag;
  }
  return "de";
}
