import type { Localized } from "../../core/locale.ts";
import type { FieldTarget } from "./field-targets.ts";

export interface ContactCsvColumn {
  target: FieldTarget;
  header: Localized;
}

/**
 * The columns of Kundenfreund's own CSV export, in order. Channels go into one column per kind and
 * label; several values of the same kind and label share a cell, one per line.
 */
export const CONTACT_CSV_COLUMNS: ContactCsvColumn[] = [
  { target: "firstName", header: { de: "Vorname", en: "First name" } },
  { target: "lastName", header: { de: "Nachname", en: "Last name" } },
  { target: "organisation", header: { de: "Firma", en: "Company" } },
  { target: "jobTitle", header: { de: "Position", en: "Job title" } },
  { target: "email.work", header: { de: "E-Mail geschäftlich", en: "Email (work)" } },
  { target: "email.home", header: { de: "E-Mail privat", en: "Email (home)" } },
  { target: "email.mobile", header: { de: "E-Mail mobil", en: "Email (mobile)" } },
  { target: "email.other", header: { de: "E-Mail weitere", en: "Email (other)" } },
  { target: "phone.work", header: { de: "Telefon geschäftlich", en: "Phone (work)" } },
  { target: "phone.mobile", header: { de: "Mobiltelefon", en: "Mobile phone" } },
  { target: "phone.home", header: { de: "Telefon privat", en: "Phone (home)" } },
  { target: "phone.other", header: { de: "Telefon weitere", en: "Phone (other)" } },
  { target: "address.work", header: { de: "Adresse geschäftlich", en: "Address (work)" } },
  { target: "address.home", header: { de: "Adresse privat", en: "Address (home)" } },
  { target: "address.mobile", header: { de: "Adresse mobil", en: "Address (mobile)" } },
  { target: "address.other", header: { de: "Adresse weitere", en: "Address (other)" } },
  { target: "website.work", header: { de: "Webseite geschäftlich", en: "Website (work)" } },
  { target: "website.home", header: { de: "Webseite privat", en: "Website (home)" } },
  { target: "website.mobile", header: { de: "Webseite mobil", en: "Website (mobile)" } },
  { target: "website.other", header: { de: "Webseite weitere", en: "Website (other)" } },
  { target: "social.work", header: { de: "Soziale Netzwerke geschäftlich", en: "Social (work)" } },
  { target: "social.home", header: { de: "Soziale Netzwerke privat", en: "Social (home)" } },
  { target: "social.mobile", header: { de: "Soziale Netzwerke mobil", en: "Social (mobile)" } },
  { target: "social.other", header: { de: "Soziale Netzwerke weitere", en: "Social (other)" } },
  { target: "birthday", header: { de: "Geburtstag", en: "Birthday" } },
  { target: "anniversary", header: { de: "Jahrestag", en: "Anniversary" } },
  { target: "notes", header: { de: "Notizen", en: "Notes" } },
  { target: "knownSince", header: { de: "Bekannt seit", en: "Known since" } },
  { target: "howWeMet", header: { de: "Wie wir uns kennen", en: "How we met" } },
  { target: "tags", header: { de: "Schlagwörter", en: "Tags" } },
  { target: "photoUrl", header: { de: "Foto-URL", en: "Photo URL" } },
  { target: "related", header: { de: "Beziehungen", en: "Relations" } },
  { target: "uid", header: { de: "ID", en: "ID" } },
];

/** Both languages' headers, so a German export reads back in an English workspace and vice versa. */
export const KUNDENFREUND_HEADERS: [string, FieldTarget][] = CONTACT_CSV_COLUMNS.flatMap((c) => [
  [c.header.de, c.target],
  [c.header.en, c.target],
]);
