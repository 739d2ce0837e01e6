import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { ValidationError } from "../../core/errors.ts";
import type { Localized } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import { IMPORT_RUN_OUTCOMES, IMPORT_RUN_STATES } from "../../core/model/import-run.ts";
import { bilingual, parseInput } from "../../core/validation.ts";
import { auditAs } from "../../services/audit.ts";
import type { ServiceContext } from "../../services/context.ts";
import { requireBackupRole, writeBackup } from "../../services/io/backup.ts";
import { findDuplicateGroups } from "../../services/io/duplicate-groups.ts";
import { exportContacts, exportQuery } from "../../services/io/export-contacts.ts";
import {
  importContacts,
  importOptionsInput,
  previewImport,
  userMappingInput,
} from "../../services/io/import-contacts.ts";
import { getMyImport, listMyImports } from "../../services/io/import-history.ts";
import {
  CSV_PRESET_IDS,
  DUPLICATE_POLICIES,
  IMPORT_FORMATS,
  type ImportSource,
} from "../../services/io/import-types.ts";
import { DUPLICATE_REASONS, findLikelyDuplicates } from "../../services/io/likely-duplicates.ts";
import { mergeInput, mergePeople } from "../../services/io/merge-people.ts";
import { undoImport } from "../../services/io/undo-import.ts";
import { idParam } from "../crud-routes.ts";
import { personSchema } from "../entity-schemas.ts";
import { withImportSlot } from "../import-slots.ts";
import { defineRoute, type RouteRequest } from "../route.ts";

// Import takes the file itself as the request body (text/vcard, text/csv, application/octet-stream),
// streamed into the import without being collected: a 100,000-contact file never sits in memory.
// The server's JSON limit (1 MB) does not apply to these two routes; UPLOAD_LIMIT_BYTES does.

export const UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024;
const UPLOAD_PATHS = new Set(["/api/import", "/api/import/preview"]);
const UPLOAD_TYPES = [
  "text/vcard",
  "text/x-vcard",
  "text/directory",
  "text/csv",
  "text/comma-separated-values",
  "text/tab-separated-values",
  "application/csv",
  "application/vnd.ms-excel",
  "application/octet-stream",
];

/**
 * Content-type parsers for the upload routes only: any other route still answers these types with
 * 415, as before. The body is handed on as a stream with a byte limit, not parsed.
 */
export function registerUploadParsers(app: FastifyInstance): void {
  app.addContentTypeParser(UPLOAD_TYPES, (request, payload, done) => {
    if (!UPLOAD_PATHS.has(request.routeOptions.url ?? "")) {
      done(clientError(415, "FST_ERR_CTP_INVALID_MEDIA_TYPE"), undefined);
      return;
    }
    if (Number(request.headers["content-length"] ?? 0) > UPLOAD_LIMIT_BYTES) {
      done(clientError(413, "FST_ERR_CTP_BODY_TOO_LARGE"), undefined);
      return;
    }
    done(null, limitBytes(payload, UPLOAD_LIMIT_BYTES));
  });
}

/**
 * The file is the body, so a CSV mapping travels in the query: one JSON object, column header →
 * target or "ignore" (`?mapping={"Mail 2":"email.home","Intern":"ignore"}`), checked by the service.
 */
const mappingParam = z
  .string()
  .max(16_384)
  .describe(
    'CSV only: a JSON object, column header → target or "ignore", e.g. {"Mail 2":"email.home","Intern":"ignore"}; columns not named keep what was detected',
  )
  .transform((text, ctx): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      ctx.addIssue({
        code: "custom",
        message: bilingual(
          'Kein gültiges JSON: erwartet wird ein Objekt wie {"Mail 2":"email.home"}.',
          'Not valid JSON: expected an object like {"Mail 2":"email.home"}.',
        ),
      });
      return z.NEVER;
    }
  })
  .pipe(userMappingInput);

/** The service's options, with the mapping as the query carries it. */
const importQuery = importOptionsInput.extend({ mapping: mappingParam.optional() });
const previewQuery = importQuery.omit({ onDuplicate: true, runId: true });

const localized = z.object({ de: z.string(), en: z.string() });
const rowRef = { line: z.number(), row: z.number().nullable() };
/** What happened to the rows, in the report and in the import history alike. */
const countFields = {
  rowsRead: z.number(),
  created: z.number(),
  merged: z.number(),
  skipped: z.number(),
  failed: z.number(),
  companiesCreated: z.number(),
  familyMembersCreated: z.number(),
};
const reportSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  dryRun: z.boolean(),
  onDuplicate: z.enum(DUPLICATE_POLICIES),
  ...countFields,
  failures: z.array(z.object({ ...rowRef, reason: localized })),
  duplicates: z.array(
    z.object({
      ...rowRef,
      action: z.enum(["merged", "skipped", "created"]),
      personId: z.string().nullable(),
      matchedBy: z.enum(["email", "phone", "name"]),
      name: z.string(),
    }),
  ),
  warnings: z.array(z.object({ ...rowRef, message: localized })),
  omitted: z.object({ failures: z.number(), duplicates: z.number(), warnings: z.number() }),
  aborted: localized.nullable(),
  csv: z
    .object({
      headers: z.array(z.string()),
      delimiter: z.string(),
      encoding: z.string(),
      preset: z.enum(CSV_PRESET_IDS),
      dateOrder: z.string(),
      mapping: z.record(z.string(), z.string()).describe("Column header → target, as this import read it"),
      unknownColumns: z.array(z.string()),
    })
    .nullable(),
  elapsedMs: z.number(),
  runId: z.string().nullable().describe("The import's entry in GET /api/imports; null for a preview"),
});
const previewSchema = reportSchema.extend({
  samples: z.array(z.object({ ...rowRef, record: z.object({}).passthrough() })),
});

const likelyDuplicatesSchema = z.object({
  items: z.array(
    z.object({
      person: personSchema,
      companyName: z.string().nullable(),
      matchedBy: z.array(z.enum(DUPLICATE_REASONS)),
    }),
  ),
});
/** Likely duplicates of a person as the API sends them. */
export type LikelyDuplicatesBody = z.output<typeof likelyDuplicatesSchema>;

const importRunSchema = z.object({
  id: z.string(),
  userId: z.string(),
  format: z.enum(IMPORT_FORMATS),
  fileName: z.string().nullable(),
  onDuplicate: z.enum(DUPLICATE_POLICIES),
  outcome: z.enum(IMPORT_RUN_OUTCOMES),
  state: z
    .enum(IMPORT_RUN_STATES)
    .describe("As the outcome, but a run silent for 10 minutes without finishing is interrupted"),
  ...countFields,
  stopReason: localized.nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  undone: z.object({ at: z.string(), removed: z.number(), kept: z.number() }).nullable(),
});
const undoneSchema = z.object({
  removed: z.number().describe("People the import created, now removed"),
  kept: z.number().describe("People the import created that somebody has worked on since: they stay"),
  companiesRemoved: z.number(),
  mergedStay: z.number().describe("Rows merged into people who were there before: their additions stay"),
});
/** An entry of the import history as the API sends it. */
export type ImportRunBody = z.output<typeof importRunSchema>;
/** What undoing an import removed and what stays. */
export type UndoneImportBody = z.output<typeof undoneSchema>;

const duplicateGroupsSchema = z.object({
  items: z.array(
    z.object({
      matchedBy: z.array(z.enum(DUPLICATE_REASONS)),
      people: z.array(z.object({ id: z.string(), name: z.string(), companyName: z.string().nullable() })),
    }),
  ),
  more: z.boolean(),
});
/** The workspace's likely duplicates as the API sends them. */
export type DuplicateGroupsBody = z.output<typeof duplicateGroupsSchema>;

/** The import report as the API sends it; the web app reads it with this type. */
export type ImportReportBody = z.output<typeof reportSchema>;

export const ioRoutes = [
  defineRoute({
    method: "POST",
    path: "/api/import/preview",
    summary:
      "Preview an import: send the file as the body (text/vcard, text/csv or application/octet-stream, up to 200 MB); nothing is written",
    tag: "Import and export",
    access: "write",
    query: previewQuery,
    response: {
      status: 200,
      description: "What the import would do, with the first records",
      schema: previewSchema,
    },
    handler: uploadHandler(previewImport, previewQuery),
  }),
  defineRoute({
    method: "POST",
    path: "/api/import",
    summary:
      "Import contacts from a vCard or CSV file sent as the body; duplicates are merged, skipped or created (onDuplicate)",
    tag: "Import and export",
    access: "write",
    query: importQuery,
    response: {
      status: 200,
      description: "Every row accounted for: created, merged, skipped, failed",
      schema: reportSchema,
    },
    handler: uploadHandler(importContacts, importQuery),
  }),
  defineRoute({
    method: "GET",
    path: "/api/imports",
    summary: "Your own last 20 imports, newest first, with what each stored and whether it ran to the end",
    tag: "Import and export",
    access: "read",
    response: {
      status: 200,
      description: "Newest first",
      schema: z.object({ items: z.array(importRunSchema) }),
    },
    handler: async (r) => ({ items: await listMyImports(r.ctx, r.actor) }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/imports/:id",
    summary:
      "One of your imports by its runId: after a cancelled upload, what was stored (counted in the transaction of each batch)",
    tag: "Import and export",
    access: "read",
    response: { status: 200, description: "The import", schema: importRunSchema },
    handler: (r) => getMyImport(r.ctx, r.actor, idParam(r.params, "import")),
  }),
  defineRoute({
    method: "POST",
    path: "/api/imports/:id/undo",
    summary:
      "Undo one of your imports: removes the people and companies it created, except those somebody has worked on since",
    tag: "Import and export",
    access: "write",
    response: { status: 200, description: "What was removed and what stays", schema: undoneSchema },
    handler: (r) => undoImport(r.ctx, r.actor, idParam(r.params, "import")),
  }),
  defineRoute({
    method: "GET",
    path: "/api/export",
    summary:
      "Download all contacts as vCard (3.0/4.0) or CSV for German Excel; json is the full backup (owner/admin)",
    tag: "Import and export",
    access: "read",
    query: exportQuery,
    response: { status: 200, description: "The file, streamed", contentType: "text/vcard" },
    handler: async (r) => {
      const query = parseInput(exportQuery, r.query);
      if (query.format === "json") return sendBackup(r.ctx, r.actor, r.reply);
      const file = exportContacts(r.ctx, r.actor, query, r.locale);
      await auditAs(r.ctx, r.actor, "export", { detail: { format: query.format } });
      r.reply.type(file.contentType).header("content-disposition", attachment(file.filename));
      return Readable.from(file.body);
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/backup",
    summary: "Download a full JSON backup of the workspace (owners and admins; docs/BACKUP-FORMAT.md)",
    tag: "Import and export",
    access: "read",
    response: { status: 200, description: "The backup, streamed", contentType: "application/json" },
    handler: (r) => sendBackup(r.ctx, r.actor, r.reply),
  }),
  defineRoute({
    method: "GET",
    path: "/api/people/:id/duplicates",
    summary:
      "Other records that may be the same person: same email or phone, a close name at the same company, or the same name where one has no company",
    tag: "People",
    access: "read",
    response: {
      status: 200,
      description: "At most 10, the strongest first",
      schema: likelyDuplicatesSchema,
    },
    handler: async (r) => ({
      items: await findLikelyDuplicates(r.ctx, r.actor, idParam(r.params, "person")),
    }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/duplicates",
    summary:
      "The workspace's likely duplicates: people sharing an email or phone, contacts with the same name at the same company",
    tag: "People",
    access: "read",
    response: {
      status: 200,
      description: "At most 50 groups; `more` says there are others (merge these first)",
      schema: duplicateGroupsSchema,
    },
    handler: (r) => findDuplicateGroups(r.ctx, r.actor),
  }),
  defineRoute({
    method: "POST",
    path: "/api/people/:id/merge",
    summary: "Merge another record of the same person into this one; the other is deleted, nothing is lost",
    tag: "People",
    access: "write",
    body: mergeInput,
    response: { status: 200, description: "The kept person", schema: personSchema },
    handler: (r) => mergePeople(r.ctx, r.actor, idParam(r.params, "person"), r.body),
  }),
];

/**
 * A backup is read in one transaction (a consistent snapshot) into a temporary file, then sent:
 * a slow download never holds the database.
 */
async function sendBackup(ctx: ServiceContext, actor: Actor, reply: FastifyReply) {
  requireBackupRole(actor);
  const dir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-backup-"));
  const file = path.join(dir, "backup.json");
  try {
    const out = createWriteStream(file);
    await writeBackup(ctx, actor, async (chunk) => {
      if (!out.write(chunk)) await once(out, "drain");
    });
    out.end();
    await once(out, "finish");
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const day = ctx.clock().toISOString().slice(0, 10);
  const stream = createReadStream(file);
  stream.once("close", () => rmSync(dir, { recursive: true, force: true }));
  reply
    .type("application/json; charset=utf-8")
    .header("content-disposition", attachment(`kundenfreund-backup-${day}.json`));
  return stream;
}

function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}

function uploadOf(body: unknown): ImportSource {
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  if (body && typeof body === "object" && Symbol.asyncIterator in body)
    return body as AsyncIterable<Uint8Array>;
  throw new ValidationError([
    {
      field: "",
      code: body === undefined || body === null ? "required" : "invalid_type",
      message: {
        de: "Bitte die Datei selbst als Inhalt senden (text/vcard, text/csv oder application/octet-stream).",
        en: "Please send the file itself as the body (text/vcard, text/csv or application/octet-stream).",
      },
    },
  ]);
}

/** Preview and import alike: the file as the body, the options in the query, in an import slot. */
function uploadHandler(
  run: typeof importContacts | typeof previewImport,
  query: typeof importQuery | typeof previewQuery,
) {
  return (r: RouteRequest) =>
    withImportSlot(r.request.server, () =>
      run(r.ctx, r.actor, uploadOf(r.body), parseInput(query, r.query), hooksOf(r.request)),
    );
}

function hooksOf(request: FastifyRequest) {
  return { contentType: request.headers["content-type"] };
}

async function* limitBytes(source: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  try {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > limit) throw new UploadTooLargeError();
      yield chunk;
    }
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw error;
    // The request stream fails only when the upload stops: the web app's Cancel, or a lost line.
    throw new UploadCutOffError();
  }
}

class UploadCutOffError extends Error {
  readonly localized: Localized = {
    de: "Die Übertragung der Datei brach ab (abgebrochen oder Verbindung getrennt). Zeilen seit dem letzten gespeicherten Stapel sind nicht gespeichert.",
    en: "The upload broke off (cancelled, or the connection dropped). Rows read since the last stored batch were not stored.",
  };
}

class UploadTooLargeError extends Error {
  readonly localized: Localized = {
    de: "Die Datei ist größer als 200 MB.",
    en: "The file is larger than 200 MB.",
  };
}

function clientError(statusCode: number, code: string): Error {
  return Object.assign(new Error(code), { statusCode, code });
}
