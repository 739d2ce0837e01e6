import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { ValidationError } from "../../core/errors.ts";
import type { Localized } from "../../core/locale.ts";
import { bilingual, parseInput } from "../../core/validation.ts";
import { failedRowsFile } from "../../services/io/failed-rows.ts";
import {
  importContacts,
  importOptionsInput,
  previewImport,
  userMappingInput,
} from "../../services/io/import-contacts.ts";
import {
  CSV_PRESET_IDS,
  DUPLICATE_POLICIES,
  IMPORT_FORMATS,
  type ImportSource,
} from "../../services/io/import-types.ts";
import { rowChoicesParam } from "../../services/io/row-choices.ts";
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
    'CSV only: a JSON object, column header → target or "ignore", e.g. {"Mail 2":"email.home","Intern":"ignore"}; columns not named keep what was detected. Without it, the corrections your last import of a file with the same headers used apply; an import with it keeps them for next time ({} forgets them)',
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
const importQuery = importOptionsInput.extend({
  mapping: mappingParam.optional(),
  choices: rowChoicesParam.optional(),
});
const previewQuery = importQuery.omit({ runId: true });

export const localized = z.object({ de: z.string(), en: z.string() });
const rowRef = { line: z.number(), row: z.number().nullable() };
/** What happened to the rows, in the report and in the import history alike. */
export const countFields = {
  rowsRead: z.number(),
  created: z.number(),
  merged: z.number(),
  mergedIntoExisting: z
    .number()
    .describe(
      "Of merged: rows merged into contacts that were there before the import (not into ones the same file created)",
    ),
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
      entity: z.enum(["person", "company"]),
      action: z.enum(["merged", "skipped", "created"]),
      personId: z.string().nullable(),
      matchedBy: z.enum(["email", "phone", "name"]),
      name: z.string(),
      matchedName: z.string().nullable().describe("The name of the person the row resembled, as stored"),
      matchedAt: z
        .object(rowRef)
        .nullable()
        .describe("Where in this file the resembled person comes from, when they are one of its rows"),
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
      corrections: z
        .record(z.string(), z.string())
        .describe(
          "The user's corrections this file was read with: sent as `mapping`, or saved for its headers",
        ),
      savedMappingAt: z
        .string()
        .nullable()
        .describe(
          "Set when no mapping was sent and the user's mapping saved by an earlier import of these headers applied",
        ),
    })
    .nullable(),
  importantDatesAdded: z
    .number()
    .describe("Anniversaries kept as the importer's private important dates (a preview: that would be kept)"),
  failureReasons: z
    .object({
      reasons: z.array(z.object({ reason: localized, count: z.number() })),
      otherRows: z.number(),
    })
    .describe(
      "How many rows failed for which reason (without the row's number), the 20 most frequent first; otherRows counts the failed rows with any other reason",
    ),
  failedRows: z
    .object({
      csv: z
        .string()
        .describe(
          "The failed rows as the file had them, with the reason in one more column (in the request's language): a CSV to fix and import again",
        ),
      rows: z.number(),
      notIncluded: z
        .number()
        .describe(
          "Failed rows not in the file: beyond 10,000 rows or 4 MB, rows that could not be read into cells, and rows that failed only because the import stopped",
        ),
    })
    .nullable()
    .describe("CSV only; null when no failed row could go into a file"),
  elapsedMs: z.number(),
  runId: z.string().nullable().describe("The import's entry in GET /api/imports; null for a preview"),
});
const previewSchema = reportSchema.extend({
  samples: z.array(z.object({ ...rowRef, record: z.object({}).passthrough() })),
});

/** The import report as the API sends it; the web app reads it with this type. */
export type ImportReportBody = z.output<typeof reportSchema>;

export const importRoutes = [
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
      "Import contacts from a vCard or CSV file sent as the body; duplicates are merged, skipped or created (onDuplicate, or per row: choices)",
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
];

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
  return async (r: RouteRequest) => {
    const report = await withImportSlot(r.request.server, () =>
      run(r.ctx, r.actor, uploadOf(r.body), parseInput(query, r.query), hooksOf(r.request)),
    );
    return { ...report, failedRows: failedRowsFile(report, r.locale) };
  };
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
