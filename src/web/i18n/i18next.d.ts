import "i18next";
import type de from "./de.json";

// Typed keys: a translation key missing from de.json fails the type check, not only the i18n test.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof de };
  }
}
