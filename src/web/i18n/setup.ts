import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../../core/locale.ts";
import de from "./de.json" with { type: "json" };
import en from "./en.json" with { type: "json" };

const STORAGE_KEY = "kf.lang";

/** The stored choice wins; otherwise the browser's first German or English preference; German first. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Locale {
  if (stored === "de" || stored === "en") return stored;
  for (const tag of preferred) {
    const base = tag.slice(0, 2).toLowerCase();
    if (base === "de" || base === "en") return base;
  }
  return "de";
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initI18n(): typeof i18next {
  const lng = detectLanguage(readStored(), navigator.languages ?? [navigator.language]);
  void i18next.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = lng;
  i18next.on("languageChanged", (next) => {
    document.documentElement.lang = next;
  });
  return i18next;
}

export function changeLanguage(next: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
  void i18next.changeLanguage(next);
}
