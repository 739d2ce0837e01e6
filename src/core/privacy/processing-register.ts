import type { IsoDate } from "../dates.ts";
import type { Locale, Localized } from "../locale.ts";
import { FACT_CATEGORIES, type FactCategory } from "../vocabulary.ts";
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from "./categories.ts";
import type { ControllerDetails } from "./information-letter.ts";
import { LEGAL_BASES, LEGAL_BASIS_LABELS, type LegalBasis } from "./person-privacy.ts";
import type { RetentionRules } from "./retention.ts";

/** Where the database runs: decides recipients (processors) and third-country transfers. */
export const HOSTINGS = ["self_hosted", "eu_provider", "third_country_provider"] as const;
export type Hosting = (typeof HOSTINGS)[number];

export interface RegisterInput {
  workspaceName: string;
  controller: ControllerDetails;
  hosting: Hosting;
  retention: RetentionRules;
  counts: {
    contacts: number;
    relatives: number;
    companies: number;
    interactions: number;
    selfChecks: number;
    gifts: number;
    deals: number;
    users: number;
    facts: Record<FactCategory, number>;
  };
  legalBases: Record<LegalBasis | "unset", number>;
  /** Notes saved despite a sensitive-data warning, by category. */
  sensitive: Record<SensitiveCategory, number>;
  thirdPartySources: number;
  optedOut: number;
  today: IsoDate;
}

export interface RegisterSection {
  heading: Localized;
  items: Localized[];
}

export interface RegisterDocument {
  title: Localized;
  intro: Localized;
  sections: RegisterSection[];
}

const same = (text: string): Localized => ({ de: text, en: text });

const FACT_LABELS: Record<FactCategory, Localized> = {
  family: { de: "Familie", en: "family" },
  hobby: { de: "Hobbys und Interessen", en: "hobbies and interests" },
  preference: { de: "Vorlieben", en: "preferences" },
  life_event: { de: "Lebensereignisse", en: "life events" },
  shared_experience: { de: "gemeinsame Erlebnisse", en: "shared experiences" },
  important_date: { de: "wichtige Daten", en: "important dates" },
  other: { de: "Sonstiges", en: "other" },
};

const SENSITIVE_LABELS: Record<SensitiveCategory, Localized> = {
  health: { de: "Gesundheit", en: "health" },
  religion: { de: "Religion/Weltanschauung", en: "religion/beliefs" },
  politics: { de: "politische Meinung", en: "political opinions" },
  union: { de: "Gewerkschaft", en: "trade union" },
  sex_life: { de: "Sexual- und Beziehungsleben", en: "sex and relationship life" },
  ethnic_origin: { de: "ethnische Herkunft", en: "ethnic origin" },
  biometric_genetic: { de: "genetische/biometrische Daten", en: "genetic/biometric data" },
  criminal: { de: "Straftaten (Art. 10)", en: "criminal offences (Art. 10)" },
  insult: { de: "abwertende Bemerkungen", en: "derogatory remarks" },
};

const RECIPIENTS: Record<Hosting, Localized> = {
  self_hosted: {
    de: "Nur die Mitglieder des Arbeitsbereichs; Betrieb auf eigener Infrastruktur, keine Auftragsverarbeiter.",
    en: "Members of the workspace only; runs on own infrastructure, no processors.",
  },
  eu_provider: {
    de: "Mitglieder des Arbeitsbereichs; Hosting-Dienstleister in der EU als Auftragsverarbeiter (Art. 28).",
    en: "Members of the workspace; an EU hosting provider as processor (Art. 28).",
  },
  third_country_provider: {
    de: "Mitglieder des Arbeitsbereichs; Hosting-Dienstleister außerhalb der EU als Auftragsverarbeiter (Art. 28).",
    en: "Members of the workspace; a hosting provider outside the EU as processor (Art. 28).",
  },
};

const TRANSFERS: Record<Hosting, Localized> = {
  self_hosted: { de: "Keine.", en: "None." },
  eu_provider: { de: "Keine.", en: "None." },
  third_country_provider: {
    de: "Ja, zum Hosting-Dienstleister; Garantien (Angemessenheitsbeschluss oder Standardvertragsklauseln, Art. 45/46) bitte dokumentieren.",
    en: "Yes, to the hosting provider; document the safeguards (adequacy decision or standard contractual clauses, Art. 45/46).",
  },
};

/** The record of processing activities (Art. 30(1) GDPR), from settings and live data categories. */
export function buildProcessingRegister(input: RegisterInput): RegisterDocument {
  const c = input.controller;
  const factLines = FACT_CATEGORIES.filter((k) => input.counts.facts[k] > 0).map((k) => ({
    de: `${FACT_LABELS[k].de}: ${input.counts.facts[k]}`,
    en: `${FACT_LABELS[k].en}: ${input.counts.facts[k]}`,
  }));
  const sensitiveLines = SENSITIVE_CATEGORIES.filter((k) => input.sensitive[k] > 0).map((k) => ({
    de: `${SENSITIVE_LABELS[k].de}: ${input.sensitive[k]} Notiz(en) trotz Hinweis gespeichert`,
    en: `${SENSITIVE_LABELS[k].en}: ${input.sensitive[k]} note(s) saved despite the warning`,
  }));
  const basisLines = [...LEGAL_BASES, "unset" as const]
    .filter((b) => input.legalBases[b] > 0)
    .map((b) =>
      b === "unset"
        ? {
            de: `ohne erfasste Rechtsgrundlage: ${input.legalBases[b]}`,
            en: `no legal basis recorded: ${input.legalBases[b]}`,
          }
        : {
            de: `${LEGAL_BASIS_LABELS[b].de}: ${input.legalBases[b]}`,
            en: `${LEGAL_BASIS_LABELS[b].en}: ${input.legalBases[b]}`,
          },
    );
  const missing = {
    de: "[in den Datenschutz-Einstellungen ergänzen]",
    en: "[complete in the privacy settings]",
  };
  return {
    title: {
      de: `Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) – ${input.workspaceName}`,
      en: `Record of processing activities (Art. 30 GDPR) – ${input.workspaceName}`,
    },
    intro: {
      de: `Verarbeitung: Kundenbeziehungsmanagement mit Kundenfreund. Stand: ${input.today}. Zahlen aus dem aktuellen Datenbestand.`,
      en: `Processing: customer relationship management with Kundenfreund. As of ${input.today}. Figures from the current data.`,
    },
    sections: [
      {
        heading: { de: "Verantwortlicher (Art. 30 Abs. 1 lit. a)", en: "Controller (Art. 30(1)(a))" },
        items: [
          { de: `Name: ${c.controllerName ?? missing.de}`, en: `Name: ${c.controllerName ?? missing.en}` },
          {
            de: `Anschrift: ${c.controllerAddress ?? missing.de}`,
            en: `Address: ${c.controllerAddress ?? missing.en}`,
          },
          {
            de: `Kontakt: ${c.controllerContact ?? missing.de}`,
            en: `Contact: ${c.controllerContact ?? missing.en}`,
          },
          {
            de: `Datenschutzbeauftragte(r): ${c.dpoContact ?? "nicht benannt"}`,
            en: `Data protection officer: ${c.dpoContact ?? "not appointed"}`,
          },
        ],
      },
      {
        heading: { de: "Zwecke (lit. b)", en: "Purposes (lit. b)" },
        items: [
          {
            de: "Pflege von Geschäftsbeziehungen zu Kunden und Interessenten; Vorbereitung von Gesprächen, Angeboten und Ausschreibungen; Erinnerung an Termine und Anlässe.",
            en: "Maintaining business relationships with customers and prospects; preparing conversations, offers and tenders; reminders of dates and occasions.",
          },
          ...basisLines,
        ],
      },
      {
        heading: {
          de: "Betroffene und Datenkategorien (lit. c)",
          en: "Data subjects and categories of data (lit. c)",
        },
        items: [
          { de: `Kontakte: ${input.counts.contacts}`, en: `Contacts: ${input.counts.contacts}` },
          {
            de: `Angehörige von Kontakten (Name, Geburtstag): ${input.counts.relatives}`,
            en: `Relatives of contacts (name, birthday): ${input.counts.relatives}`,
          },
          { de: `Nutzer (Mitarbeitende): ${input.counts.users}`, en: `Users (staff): ${input.counts.users}` },
          {
            de: "Stammdaten: Name, Firma, Funktion, E-Mail, Telefon, Anschrift, Geburtstag, Anrede.",
            en: "Master data: name, company, role, email, phone, address, birthday, form of address.",
          },
          {
            de: `Gesprächsnotizen: ${input.counts.interactions}; Selbstchecks: ${input.counts.selfChecks}; Geschenke und Einladungen: ${input.counts.gifts}; Aufträge: ${input.counts.deals}; Firmen: ${input.counts.companies}.`,
            en: `Conversation notes: ${input.counts.interactions}; self-checks: ${input.counts.selfChecks}; gifts and invitations: ${input.counts.gifts}; deals: ${input.counts.deals}; companies: ${input.counts.companies}.`,
          },
          ...factLines.map((l) => ({ de: `Persönliches – ${l.de}`, en: `Personal facts – ${l.en}` })),
          ...(sensitiveLines.length > 0
            ? sensitiveLines.map((l) => ({
                de: `Besondere Kategorien – ${l.de}`,
                en: `Special categories – ${l.en}`,
              }))
            : [
                {
                  de: "Besondere Kategorien (Art. 9): keine erfasst.",
                  en: "Special categories (Art. 9): none recorded.",
                },
              ]),
          {
            de: `Aus Drittquellen erhoben (Art. 14): ${input.thirdPartySources}; Werbewidersprüche/Abmeldungen: ${input.optedOut}.`,
            en: `Collected from third parties (Art. 14): ${input.thirdPartySources}; marketing objections/opt-outs: ${input.optedOut}.`,
          },
        ],
      },
      {
        heading: { de: "Empfänger (lit. d)", en: "Recipients (lit. d)" },
        items: [RECIPIENTS[input.hosting]],
      },
      {
        heading: { de: "Drittlandübermittlung (lit. e)", en: "Third-country transfers (lit. e)" },
        items: [TRANSFERS[input.hosting]],
      },
      {
        heading: { de: "Löschfristen (lit. f)", en: "Time limits for erasure (lit. f)" },
        items: [
          {
            de: `Persönliche Details: Prüfung ${input.retention.factReviewMonths} Monate nach dem letzten Kontakt${input.retention.reviewOnLeavingCompany ? " und beim Ausscheiden aus der Firma" : ""}; Löschung mit „kundenfreund retention --apply“.`,
            en: `Personal facts: review ${input.retention.factReviewMonths} months after the last contact${input.retention.reviewOnLeavingCompany ? " and when the person leaves their company" : ""}; deletion with "kundenfreund retention --apply".`,
          },
          {
            de: "Auf Antrag: Löschung oder Anonymisierung eines Kontakts überall (Art. 17); Geschäftsunterlagen bleiben ohne Namen erhalten.",
            en: "On request: erasure or anonymisation of a contact everywhere (Art. 17); business records are kept without the name.",
          },
          {
            de: "Das Audit-Protokoll bleibt erhalten; es enthält keine gelöschten Inhalte.",
            en: "The audit log is kept; it holds none of the erased content.",
          },
        ],
      },
      {
        heading: {
          de: "Technische und organisatorische Maßnahmen (lit. g, Art. 32)",
          en: "Technical and organisational measures (lit. g, Art. 32)",
        },
        items: [
          {
            de: "Zugriff nur mit Anmeldung; Rollen (Inhaber, Admin, Mitglied, nur lesen); persönliche Details privat für ihre Verfasser, solange nicht geteilt.",
            en: "Access only after sign-in; roles (owner, admin, member, read-only); personal facts private to their author unless shared.",
          },
          {
            de: "Geheimnisse nur als Hash gespeichert, Passwörter mit scrypt; Anmeldeversuche gedrosselt; unveränderliches Audit-Protokoll.",
            en: "Secrets stored only as hashes, passwords with scrypt; sign-in attempts throttled; append-only audit log.",
          },
          {
            de: "Hinweis bei besonderen Kategorien schon bei der Eingabe; Auskunft, Löschung und Aufbewahrungsregeln eingebaut.",
            en: "Warning on special categories at entry; access, erasure and retention rules built in.",
          },
          same("TLS: reverse proxy; encryption at rest: disk/volume encryption (docs/SECURITY.md)."),
        ],
      },
    ],
  };
}

export function registerMarkdown(doc: RegisterDocument, locale: Locale): string {
  const lines = [`# ${doc.title[locale]}`, "", doc.intro[locale]];
  for (const section of doc.sections) {
    lines.push("", `## ${section.heading[locale]}`, "", ...section.items.map((i) => `- ${i[locale]}`));
  }
  return `${lines.join("\n")}\n`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export function registerHtml(doc: RegisterDocument, locale: Locale): string {
  const body = doc.sections
    .map(
      (s) =>
        `<h2>${escapeHtml(s.heading[locale])}</h2>\n<ul>\n${s.items.map((i) => `<li>${escapeHtml(i[locale])}</li>`).join("\n")}\n</ul>`,
    )
    .join("\n");
  return htmlPage(doc.title[locale], locale, `<p>${escapeHtml(doc.intro[locale])}</p>\n${body}`);
}

/** A printable, self-contained page (no scripts; inline style is allowed by the CSP). */
export function htmlPage(title: string, locale: Locale, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.45}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}h2{margin-top:2rem}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}
