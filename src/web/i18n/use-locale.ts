import { useTranslation } from "react-i18next";
import type { Locale, Localized } from "../../core/locale.ts";

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "de";
}

/** Texts the API returns in both languages: the one for the language the user chose. */
export function usePick(): (text: Localized) => string {
  const locale = useLocale();
  return (text) => text[locale];
}
