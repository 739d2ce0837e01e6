import { z } from "zod";
import { datePartsOf } from "../../core/dates.ts";
import { NotFoundError } from "../../core/errors.ts";
import {
  defaultExportDelimiter,
  EXPORT_DELIMITER_CHARACTERS,
  EXPORT_DELIMITERS,
} from "../../core/export-delimiter.ts";
import type { Locale } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import { type PersonFilters, personFilterFields } from "../../core/schemas/person.ts";
import { bilingual, parseInput } from "../../core/validation.ts";
import { contactFileName } from "../../io/contact-file-name.ts";
import { type ContactRecord, createContactRecord } from "../../io/contact-record.ts";
import { exportContactsCsv } from "../../io/csv/export-contacts-csv.ts";
import { textChunks } from "../../io/text-chunks.ts";
import { serialiseVcard } from "../../io/vcard/serialise-vcard.ts";
import {
  countExportedContacts,
  type ExportedContact,
  readContact,
  readContactPages,
} from "../../store/export-people.ts";
import type { ServiceContext } from "../context.ts";

export const EXPORT_FORMATS = ["vcard", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuery = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS).default("vcard"),
    /** vCard 4.0 (RFC 6350) or 3.0 as Apple Contacts and iOS read it. */
    version: z.enum(["3.0", "4.0"]).default("4.0"),
    /** CSV only: the list separator of the user's Excel; by default the one of the request's language. */
    delimiter: z.enum(EXPORT_DELIMITERS).optional(),
    /** The contacts list's filters: an export of the list as it is shown (vCard and CSV only). */
    ...personFilterFields,
  })
  .superRefine((query, ctx) => {
    if (query.delimiter !== undefined && query.format !== "csv") {
      ctx.addIssue({
        code: "custom",
        path: ["delimiter"],
        message: bilingual("Ein Trennzeichen gibt es nur bei CSV.", "A delimiter applies to CSV only."),
      });
    }
    const filtered = Object.keys(personFilterFields).some(
      (key) => query[key as keyof typeof query] !== undefined,
    );
    if (query.format === "json" && filtered) {
      ctx.addIssue({
        code: "custom",
        path: ["format"],
        message: bilingual(
          "Filter gelten für vCard und CSV; eine Sicherung (json) enthält immer den ganzen Arbeitsbereich.",
          "Filters apply to vCard and CSV; a backup (json) always holds the whole workspace.",
        ),
      });
    }
  });
export type ExportQuery = z.input<typeof exportQuery>;

export interface ContactExport {
  contentType: string;
  filename: string;
  body: AsyncIterable<string>;
  /** How many contacts the body will hold, for a progress bar (one count, asked when wanted). */
  total(): Promise<number>;
}

export interface ExportHooks {
  /** Called after each contact written, with how many so far. */
  onProgress?: (contacts: number) => void;
}

/**
 * The actor's contacts as vCard or CSV (for Excel in the user's language), streamed page by page.
 * What leaves is what the actor may see and the formats have a field for: contact fields, company
 * and family names, and the wedding day the actor keeps as an important date — never other facts,
 * stance reasons or conversation notes (decision 125). (`json` is the full backup; see writeBackup.)
 */
export function exportContacts(
  ctx: ServiceContext,
  actor: Actor,
  query: ExportQuery,
  locale: Locale,
  hooks: ExportHooks = {},
): ContactExport {
  const { format, version, delimiter, ...filters } = parseInput(exportQuery, query);
  const day = ctx.clock().toISOString().slice(0, 10);
  const records = contactRecords(ctx, actor, filters, hooks);
  const total = () => countExportedContacts(ctx.store.db, actor.workspaceId, filters);
  if (format === "csv") {
    return {
      contentType: "text/csv; charset=utf-8",
      filename: `kundenfreund-${day}.csv`,
      body: textChunks(
        exportContactsCsv(records, locale, {
          delimiter: EXPORT_DELIMITER_CHARACTERS[delimiter ?? defaultExportDelimiter(locale)],
        }),
      ),
      total,
    };
  }
  return {
    contentType: `text/vcard; charset=utf-8`,
    filename: `kundenfreund-${day}.vcf`,
    body: textChunks(
      (async function* () {
        for await (const record of records) yield serialiseVcard(record, version);
      })(),
    ),
    total,
  };
}

export const contactCardQuery = z.strictObject({
  /** 3.0 by default: a single card is mostly for a phone, and Apple Contacts and iOS read 3.0. */
  version: z.enum(["3.0", "4.0"]).default("3.0"),
});

/**
 * One contact as a vCard file named after them, to put into a phone's address book: the same
 * fields as the vCard export of the list (no facts but the anniversary, no stance reasons or
 * conversation notes).
 */
export async function exportContactCard(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
  query: unknown = {},
): Promise<{ contentType: string; filename: string; body: string }> {
  const { version } = parseInput(contactCardQuery, query);
  const contact = await readContact(ctx.store.db, actor.workspaceId, actor.userId, personId);
  if (!contact) throw new NotFoundError("person", personId);
  const record = toContactRecord(contact);
  return {
    contentType: "text/vcard; charset=utf-8",
    filename: `${contactFileName(record.firstName, record.lastName)}.vcf`,
    body: serialiseVcard(record, version),
  };
}

async function* contactRecords(
  ctx: ServiceContext,
  actor: Actor,
  filters: PersonFilters,
  hooks: ExportHooks,
): AsyncGenerator<ContactRecord> {
  let written = 0;
  for await (const page of readContactPages(ctx.store.db, actor.workspaceId, actor.userId, { filters })) {
    for (const contact of page) {
      yield toContactRecord(contact);
      written += 1;
      hooks.onProgress?.(written);
    }
  }
}

export function toContactRecord({
  person,
  companyName,
  relatives,
  anniversary,
}: ExportedContact): ContactRecord {
  return createContactRecord({
    firstName: person.firstName,
    lastName: person.lastName,
    organisation: companyName,
    jobTitle: person.jobTitle,
    channels: person.channels,
    birthday: person.birthday,
    anniversary: anniversary ? datePartsOf(anniversary) : null,
    notes: person.notes,
    knownSince: person.knownSince ? datePartsOf(person.knownSince) : null,
    howWeMet: person.howWeMet,
    tags: person.tags,
    photoUrl: person.photoUrl,
    related: relatives,
    uid: person.id,
  });
}
