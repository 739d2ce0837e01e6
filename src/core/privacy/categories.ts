import type { Localized } from "../locale.ts";

/** Kinds of sensitive content flagged at entry; most are special categories of Art. 9 GDPR. */
export const SENSITIVE_CATEGORIES = [
  "health",
  "religion",
  "politics",
  "union",
  "sex_life",
  "ethnic_origin",
  "biometric_genetic",
  "criminal",
  "insult",
] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

const ART9 = {
  de: "Das sind besondere Kategorien personenbezogener Daten nach Art. 9 DSGVO: Sie dürfen sie nur mit ausdrücklicher Einwilligung der Person verarbeiten. Notieren Sie sie nur, wenn es wirklich nötig ist.",
  en: "These are special categories of personal data under Art. 9 GDPR: you may process them only with the person's explicit consent. Write them down only when truly needed.",
};

export const CATEGORY_EXPLANATIONS: Record<SensitiveCategory, Localized> = {
  health: {
    de: `Gesundheitsdaten (Krankheiten, Diagnosen, Therapien, Schwangerschaft). ${ART9.de}`,
    en: `Health data (illnesses, diagnoses, therapies, pregnancy). ${ART9.en}`,
  },
  religion: {
    de: `Religiöse oder weltanschauliche Überzeugungen. ${ART9.de}`,
    en: `Religious or philosophical beliefs. ${ART9.en}`,
  },
  politics: {
    de: `Politische Meinungen und Parteizugehörigkeit. ${ART9.de}`,
    en: `Political opinions and party membership. ${ART9.en}`,
  },
  union: {
    de: `Gewerkschaftszugehörigkeit. ${ART9.de}`,
    en: `Trade union membership. ${ART9.en}`,
  },
  sex_life: {
    de: `Sexualleben, sexuelle Orientierung und Beziehungsleben (auch Trennung und Scheidung). Sexualleben und Orientierung sind besondere Kategorien nach Art. 9 DSGVO; eine Scheidung ist es nicht, aber ebenso privat – notieren Sie sie nur, wenn die Person selbst davon erzählt hat und es für Ihre Beziehung wichtig ist.`,
    en: `Sex life, sexual orientation and relationship life (including separation and divorce). Sex life and orientation are special categories under Art. 9 GDPR; a divorce is not, but it is just as private – write it down only if the person told you themselves and it matters for your relationship.`,
  },
  ethnic_origin: {
    de: `Rassische oder ethnische Herkunft. ${ART9.de}`,
    en: `Racial or ethnic origin. ${ART9.en}`,
  },
  biometric_genetic: {
    de: `Genetische und biometrische Daten. ${ART9.de}`,
    en: `Genetic and biometric data. ${ART9.en}`,
  },
  criminal: {
    de: "Strafrechtliche Verurteilungen und Straftaten: Nach Art. 10 DSGVO dürfen Unternehmen solche Daten praktisch nicht verarbeiten. Bitte nicht notieren.",
    en: "Criminal convictions and offences: under Art. 10 GDPR companies may practically not process such data. Please do not write them down.",
  },
  insult: {
    de: "Abwertende Bemerkungen über eine Person: Jeder Kontakt kann nach Art. 15 DSGVO eine Kopie aller Notizen über sich verlangen. Schreiben Sie nur, was Sie der Person auch zeigen würden.",
    en: "A derogatory remark about a person: every contact can ask for a copy of all notes about them (Art. 15 GDPR). Write only what you would also show the person.",
  },
};
