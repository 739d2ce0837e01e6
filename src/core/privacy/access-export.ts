import type { IsoDateTime } from "../dates.ts";
import type { Locale, Localized } from "../locale.ts";
import { escapeHtml, htmlPage } from "./processing-register.ts";

export const ACCESS_EXPORT_FORMAT = "kundenfreund.access-export/1";

type Row = Record<string, unknown>;

/**
 * Everything about one person (Art. 15 GDPR). The readable sections come first; `records` holds
 * every database row that references the person, found through the live schema catalog, so a
 * table added later is exported without anyone remembering to add it here.
 */
export interface AccessExport {
  format: typeof ACCESS_EXPORT_FORMAT;
  generatedAt: IsoDateTime;
  personId: string;
  name: string;
  person: Row;
  privacy: Row;
  company: Row | null;
  channels: Row[];
  tags: string[];
  facts: Row[];
  interactions: Row[];
  selfChecks: Row[];
  openLoops: Row[];
  relations: Row[];
  stageChanges: Row[];
  addressFormChanges: Row[];
  gifts: Row[];
  deals: Row[];
  accessRequests: Row[];
  auditEntries: Row[];
  records: Record<string, Row[]>;
}

export const ACCESS_EXPORT_SECTIONS = [
  "channels",
  "facts",
  "interactions",
  "selfChecks",
  "openLoops",
  "relations",
  "stageChanges",
  "addressFormChanges",
  "gifts",
  "deals",
  "accessRequests",
  "auditEntries",
] as const satisfies ReadonlyArray<keyof AccessExport>;

const TITLES: Record<(typeof ACCESS_EXPORT_SECTIONS)[number] | "person" | "privacy", Localized> = {
  person: { de: "Stammdaten", en: "Profile" },
  privacy: { de: "Rechtsgrundlage, Herkunft und Widersprüche", en: "Legal basis, source and objections" },
  channels: { de: "Kontaktwege", en: "Contact details" },
  facts: { de: "Persönliches", en: "Personal facts" },
  interactions: { de: "Begegnungen und Gespräche", en: "Meetings and conversations" },
  selfChecks: { de: "Selbstchecks zu diesen Gesprächen", en: "Self-checks about these conversations" },
  openLoops: { de: "Offene Fäden", en: "Open loops" },
  relations: { de: "Beziehungen", en: "Relations" },
  stageChanges: { de: "Beziehungsstufen", en: "Relationship stages" },
  addressFormChanges: { de: "Anrede (Sie/Du)", en: "Form of address (Sie/Du)" },
  gifts: { de: "Geschenke und Einladungen", en: "Gifts and invitations" },
  deals: { de: "Aufträge (als Beteiligte/r)", en: "Deals (as stakeholder)" },
  accessRequests: { de: "Anfragen nach der DSGVO", en: "Requests under the GDPR" },
  auditEntries: { de: "Protokolleinträge", en: "Audit entries" },
};

const INTRO: Localized = {
  de: "Auskunft nach Art. 15 DSGVO: alle Daten, die in diesem Arbeitsbereich über die Person gespeichert sind, einschließlich privater Notizen aller Nutzer. Die vollständigen Datensätze stehen im JSON-Export.",
  en: "Access under Art. 15 GDPR: all data stored about the person in this workspace, including every user's private notes. The complete records are in the JSON export.",
};

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return escapeHtml(JSON.stringify(value));
  return escapeHtml(String(value));
}

function table(rows: readonly Row[], empty: string): string {
  if (rows.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td>${cell(r[c])}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function keyValues(row: Row): string {
  const body = Object.entries(row)
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${cell(v)}</td></tr>`)
    .join("\n");
  return `<table>\n${body}\n</table>`;
}

/** The same export as a readable, printable page in the reader's language. */
export function accessExportHtml(data: AccessExport, locale: Locale): string {
  const empty = locale === "de" ? "Keine Einträge." : "No entries.";
  const title = locale === "de" ? `Auskunft: ${data.name}` : `Data access: ${data.name}`;
  const parts = [
    `<p>${escapeHtml(INTRO[locale])}</p>`,
    `<p>${escapeHtml(locale === "de" ? "Erstellt" : "Generated")}: ${escapeHtml(data.generatedAt)}</p>`,
    `<h2>${escapeHtml(TITLES.person[locale])}</h2>`,
    keyValues({ ...data.person, tags: data.tags, company: data.company?.name ?? null }),
    `<h2>${escapeHtml(TITLES.privacy[locale])}</h2>`,
    keyValues(data.privacy),
  ];
  for (const section of ACCESS_EXPORT_SECTIONS) {
    parts.push(`<h2>${escapeHtml(TITLES[section][locale])}</h2>`, table(data[section], empty));
  }
  return htmlPage(title, locale, parts.join("\n"));
}
