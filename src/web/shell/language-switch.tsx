import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../core/locale.ts";
import { changeLanguage } from "../i18n/setup.ts";
import { useLocale } from "../i18n/use-locale.ts";

const LANGUAGES: Locale[] = ["de", "en"];

export function LanguageSwitch(): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <fieldset className="segmented lang-switch">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={locale === lang}
          title={lang === "de" ? t("language.de") : t("language.en")}
          onClick={() => changeLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
