import type { Locale } from "../locale.ts";

/**
 * What an anniversary from a file (vCard: "the date of marriage, or equivalent") is called as the
 * important-date fact the import makes of it (decision 123), in the importing user's language.
 */
export const ANNIVERSARY_TEXT: Readonly<Record<Locale, string>> = {
  de: "Hochzeitstag",
  en: "Wedding anniversary",
};

/**
 * The important-date facts an export writes back as the contact's anniversary: those named as the
 * import names them, in either language, so that a file read in and written out keeps its date
 * (decision 125).
 */
export const ANNIVERSARY_TEXTS: readonly string[] = Object.values(ANNIVERSARY_TEXT);
