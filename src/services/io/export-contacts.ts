import { z } from "zod";
import type { Locale } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import { parseInput } from "../../core/validation.ts";
import { type ContactRecord, createContactRecord } from "../../io/contact-record.ts";
import { exportContactsCsv } from "../../io/csv/export-contacts-csv.ts";
import { serialiseVcard } from "../../io/vcard/serialise-vcard.ts";
import { type ExportedContact, readContactPages } from "../../store/export-people.ts";
import type { ServiceContext } from "../context.ts";

export const EXPORT_FORMATS = ["vcard", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuery = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default("vcard"),
  /** vCard 4.0 (RFC 6350) or 3.0 as Apple Contacts and iOS read it. */
  version: z.enum(["3.0", "4.0"]).default("4.0"),
});
export type ExportQuery = z.input<typeof exportQuery>;

export interface ContactExport {
  contentType: string;
  filename: string;
  body: AsyncIterable<string>;
}

/**
 * The actor's contacts as vCard or CSV (German Excel), streamed page by page. Only what every
 * member may see leaves: contact fields, company and family names — never facts, stance reasons
 * or conversation notes, which are private to their authors. (`json` is the full backup; see
 * writeBackup.)
 */
export function exportContacts(
  ctx: ServiceContext,
  actor: Actor,
  query: ExportQuery,
  locale: Locale,
): ContactExport {
  const { format, version } = parseInput(exportQuery, query);
  const day = ctx.clock().toISOString().slice(0, 10);
  if (format === "csv") {
    return {
      contentType: "text/csv; charset=utf-8",
      filename: `kundenfreund-${day}.csv`,
      body: exportContactsCsv(contactRecords(ctx, actor), locale),
    };
  }
  return {
    contentType: `text/vcard; charset=utf-8`,
    filename: `kundenfreund-${day}.vcf`,
    body: (async function* () {
      for await (const record of contactRecords(ctx, actor)) yield serialiseVcard(record, version);
    })(),
  };
}

async function* contactRecords(ctx: ServiceContext, actor: Actor): AsyncGenerator<ContactRecord> {
  for await (const page of readContactPages(ctx.store.db, actor.workspaceId, actor.userId)) {
    for (const contact of page) yield toContactRecord(contact);
  }
}

export function toContactRecord({ person, companyName, relatives }: ExportedContact): ContactRecord {
  return createContactRecord({
    firstName: person.firstName,
    lastName: person.lastName,
    organisation: companyName,
    jobTitle: person.jobTitle,
    channels: person.channels,
    birthday: person.birthday,
    notes: person.notes,
    tags: person.tags,
    photoUrl: person.photoUrl,
    related: relatives,
    uid: person.id,
  });
}
