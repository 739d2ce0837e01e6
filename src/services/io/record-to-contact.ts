import { z } from "zod";
import { type IsoDate, isIsoDate, isoDateOf, pad2 } from "../../core/dates.ts";
import { ValidationError } from "../../core/errors.ts";
import type { Localized } from "../../core/locale.ts";
import type { Birthday, Channel } from "../../core/model/person.ts";
import { SHORT_TEXT_MAX } from "../../core/schemas/common.ts";
import { personImportInput } from "../../core/schemas/person.ts";
import { sortKey } from "../../core/search-terms.ts";
import { parseInput } from "../../core/validation.ts";
import type { RelationKind } from "../../core/vocabulary.ts";
import type { ContactRecord, YearlyDate } from "../../io/contact-record.ts";
import { splitFullName } from "../../io/format-names.ts";

/** A record checked against the same rules as a contact typed into the app. */
export interface ImportContact {
  /** A card without a person's name but with an organisation is a company's own card. */
  kind: "person" | "company";
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  channels: Channel[];
  birthday: Birthday | null;
  notes: string | null;
  knownSince: IsoDate | null;
  howWeMet: string | null;
  tags: string[];
  photoUrl: string | null;
  organisation: { name: string; sortName: string } | null;
  family: Array<{ firstName: string; lastName: string; kind: RelationKind }>;
  /**
   * The wedding day (vCard ANNIVERSARY, Apple's anniversary date, a CSV "Jahrestag"): kept as an
   * important date among the importer's own facts, which the agenda shows every year (decision 123).
   */
  anniversary: IsoDate | null;
}

export type ContactCheck =
  | { ok: true; contact: ImportContact; warnings: Localized[] }
  | { ok: false; reason: Localized };

const companyName = z.string().trim().max(SHORT_TEXT_MAX);
const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);

/**
 * Validates one record with the app's own person schema, so an import cannot store what the form
 * would refuse. A photo that is not a web address is dropped with a warning instead of losing the
 * contact; everything else that does not fit rejects the row with the field named.
 */
export function checkContactRecord(record: ContactRecord): ContactCheck {
  const warnings: Localized[] = [];
  let photoUrl = record.photoUrl;
  if (photoUrl !== null && !httpUrl.safeParse(photoUrl).success) {
    warnings.push({
      de: "Foto übersprungen: keine Webadresse (http/https).",
      en: "Photo skipped: not a web address (http/https).",
    });
    photoUrl = null;
  }
  try {
    if (!record.firstName.trim() && !record.lastName.trim() && record.organisation?.trim()) {
      return companyCard(record, warnings);
    }
    const person = parseInput(personImportInput, {
      firstName: record.firstName,
      lastName: record.lastName,
      jobTitle: blankToNull(record.jobTitle),
      channels: record.channels,
      birthday: record.birthday,
      notes: blankToNull(record.notes),
      knownSince: calendarDay(record.knownSince, DATE_FIELD_NAMES.knownSince, warnings),
      howWeMet: blankToNull(record.howWeMet),
      tags: record.tags,
      photoUrl,
    });
    const organisation = record.organisation?.trim() ? parseInput(companyName, record.organisation) : null;
    const anniversary = calendarDay(record.anniversary, DATE_FIELD_NAMES.anniversary, warnings);
    const family = record.related.flatMap(({ name, kind }) => {
      const { firstName, lastName } = splitFullName(name.trim());
      const checked = personImportInput.safeParse({ firstName, lastName });
      if (checked.success)
        return [{ firstName: checked.data.firstName, lastName: checked.data.lastName, kind }];
      warnings.push({
        de: `Angehörige(r) „${name.slice(0, 60)}“ übersprungen: Name ungültig.`,
        en: `Relative "${name.slice(0, 60)}" skipped: the name is not valid.`,
      });
      return [];
    });
    return {
      ok: true,
      warnings,
      contact: {
        kind: "person",
        firstName: person.firstName,
        lastName: person.lastName,
        jobTitle: person.jobTitle,
        channels: person.channels,
        birthday: person.birthday,
        notes: person.notes,
        knownSince: person.knownSince,
        howWeMet: person.howWeMet,
        tags: person.tags,
        photoUrl: person.photoUrl,
        organisation: organisation ? { name: organisation, sortName: sortKey(organisation) } : null,
        family,
        anniversary,
      },
    };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, reason: describeProblems(error) };
    throw error;
  }
}

function companyCard(record: ContactRecord, warnings: Localized[]): ContactCheck {
  const name = parseInput(companyName, record.organisation);
  if (record.channels.length > 0) {
    warnings.push({
      de: "Firmenkarte: nur der Firmenname wird übernommen, Kontaktwege einer Firma kennt Kundenfreund nicht.",
      en: "Company card: only the company name is imported; Kundenfreund keeps channels for people only.",
    });
  }
  return {
    ok: true,
    warnings,
    contact: {
      kind: "company",
      firstName: "",
      lastName: "",
      jobTitle: null,
      channels: [],
      birthday: null,
      notes: null,
      knownSince: null,
      howWeMet: null,
      tags: [],
      photoUrl: null,
      organisation: { name, sortName: sortKey(name) },
      family: [],
      anniversary: null,
    },
  };
}

/**
 * A date as a day in the calendar (an anniversary, "known since"): those are stored with their
 * year. One without a year (vCard `--0612`) is not kept, and the row says so rather than losing it
 * unnoticed.
 */
function calendarDay(date: YearlyDate | null, field: Localized, warnings: Localized[]): IsoDate | null {
  if (!date) return null;
  const { day, month, year } = date;
  if (year === null) {
    warnings.push({
      de: `${field.de} ${pad2(day)}.${pad2(month)}. nicht übernommen: ohne Jahr.`,
      en: `${field.en} ${month}/${day} not kept: it has no year.`,
    });
    return null;
  }
  const iso = isoDateOf(year, month, day);
  return isIsoDate(iso) ? iso : null;
}

function blankToNull(value: string | null): string | null {
  return value?.trim() ? value : null;
}

/** The dates a contact keeps with their year, as their warnings name them. */
const DATE_FIELD_NAMES = {
  knownSince: { de: "Bekannt seit", en: "Known since" },
  anniversary: { de: "Jahrestag", en: "Anniversary" },
} satisfies Record<string, Localized>;

const FIELD_NAMES: Record<string, Localized> = {
  ...DATE_FIELD_NAMES,
  firstName: { de: "Vorname", en: "First name" },
  lastName: { de: "Nachname", en: "Last name" },
  jobTitle: { de: "Position", en: "Job title" },
  channels: { de: "Kontaktwege", en: "Channels" },
  birthday: { de: "Geburtstag", en: "Birthday" },
  notes: { de: "Notizen", en: "Notes" },
  howWeMet: { de: "Wie wir uns kennen", en: "How we met" },
  tags: { de: "Schlagwörter", en: "Tags" },
  "": { de: "Firma", en: "Company" },
};

function describeProblems(error: ValidationError): Localized {
  const parts = error.problems.map((p) => {
    const head = p.field.split(".")[0] ?? "";
    const name = FIELD_NAMES[head] ?? { de: p.field, en: p.field };
    const where = p.field.includes(".") ? ` (${p.field})` : "";
    return { de: `${name.de}${where}: ${p.message.de}`, en: `${name.en}${where}: ${p.message.en}` };
  });
  return { de: parts.map((p) => p.de).join("; "), en: parts.map((p) => p.en).join("; ") };
}
