import { Buffer } from "node:buffer";
import { z } from "zod";
import type { Localized } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import { bilingual, parseInput } from "../../core/validation.ts";
import { CSV_PRESET_IDS } from "../../io/csv/csv-presets.ts";
import { isUserColumnChoice, type UserMapping } from "../../io/csv/user-mapping.ts";
import type { ImportSource } from "../../io/import-source.ts";
import { withRareCheckpoints } from "../../store/checkpoints.ts";
import { auditAs } from "../audit.ts";
import { requireWrite, type ServiceContext } from "../context.ts";
import { settingsIn } from "../workspace-settings.ts";
import { recordImportEnd, startImportRun } from "./import-history.ts";
import { ImportRun } from "./import-run.ts";
import {
  DUPLICATE_POLICIES,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportPreview,
  type ImportProgress,
  type ImportReport,
} from "./import-types.ts";
import { detectImportFormat, type OpenedImport, openImport } from "./open-import.ts";
import { rowChoicesInput } from "./row-choices.ts";
import { findSavedCsvMapping, rememberCsvMapping } from "./saved-csv-mappings.ts";

/**
 * Rows per transaction. Each commit writes every index page the batch touched, and a batch's rows
 * land all over the name and search indexes: 500 rows wrote 3.8 GB for 100,000 contacts, 2,000
 * rows 1.7 GB (decision 098). Larger batches hold the database longer for other requests (about
 * 0.2 s each) and keep more rows in memory.
 */
export const IMPORT_BATCH_SIZE = 2_000;
const PREVIEW_SAMPLES = 20;

/** More columns than any exporter writes (Outlook: ~90); a mapping beyond it is not a mapping. */
const MAPPING_MAX_COLUMNS = 500;

/**
 * The user's corrections to the detected CSV mapping: column header → target ("email.work",
 * "birthday" …) or "ignore". Columns not named keep what was detected.
 */
export const userMappingInput = z
  .record(
    z.string().trim().min(1).max(200),
    z
      .string()
      .refine(
        isUserColumnChoice,
        bilingual(
          "Unbekanntes Ziel: erlaubt sind z. B. firstName, lastName, organisation, email.work, phone.mobile, street.home, birthday, notes, tags oder ignore.",
          "Unknown target: use e.g. firstName, lastName, organisation, email.work, phone.mobile, street.home, birthday, notes, tags or ignore.",
        ),
      ),
  )
  .refine(
    (mapping) => Object.keys(mapping).length <= MAPPING_MAX_COLUMNS,
    bilingual(`Höchstens ${MAPPING_MAX_COLUMNS} Spalten.`, `At most ${MAPPING_MAX_COLUMNS} columns.`),
  )
  .transform((mapping) => mapping as UserMapping);

export const importOptionsInput = z.strictObject({
  format: z.enum(IMPORT_FORMATS).optional(),
  preset: z.enum(CSV_PRESET_IDS).optional(),
  onDuplicate: z.enum(DUPLICATE_POLICIES).default("merge"),
  /** Single rows the user decided otherwise after a preview (row-choices.ts). */
  choices: rowChoicesInput.optional(),
  filename: z.string().trim().max(255).optional(),
  mapping: userMappingInput.optional(),
  /** Names the import's history entry, so a client that cancels the upload can ask what was stored. */
  runId: z
    .uuid()
    .transform((id) => id.toLowerCase())
    .optional(),
});
export type ImportOptions = z.input<typeof importOptionsInput>;

export interface ImportHooks {
  contentType?: string | undefined;
  onProgress?: (progress: ImportProgress) => void;
  batchSize?: number;
}

/**
 * Imports contacts from a vCard or CSV stream. Rows are checked like typed-in contacts, matched
 * against existing people (email, phone, or a close name at the same company) and created, merged
 * or skipped per `onDuplicate`. Every row read ends up in exactly one count of the report.
 */
export async function importContacts(
  ctx: ServiceContext,
  actor: Actor,
  source: ImportSource,
  options: ImportOptions = {},
  hooks: ImportHooks = {},
): Promise<ImportReport> {
  requireWrite(actor);
  const { run } = await runImport(ctx, actor, source, options, hooks, false);
  const report = run.finish();
  if (report.runId) await recordImportEnd(ctx, report.runId, report);
  await auditImport(ctx, actor, report);
  return report;
}

/**
 * Who brought how many third-party contacts in, and whether the import ran to its end. A cancelled
 * web import never receives its report; the log still says what was stored. Counts only: names of
 * the people imported do not belong in the log.
 */
function auditImport(ctx: ServiceContext, actor: Actor, report: ImportReport) {
  return auditAs(ctx, actor, "import", {
    detail: {
      format: report.format,
      preset: report.csv?.preset ?? null,
      onDuplicate: report.onDuplicate,
      rowsRead: report.rowsRead,
      created: report.created,
      merged: report.merged,
      skipped: report.skipped,
      failed: report.failed,
      companiesCreated: report.companiesCreated,
      aborted: report.aborted !== null,
    },
  });
}

/** The same pass as an import, but nothing is written: counts, duplicates, failures and samples. */
export async function previewImport(
  ctx: ServiceContext,
  actor: Actor,
  source: ImportSource,
  options: ImportOptions = {},
  hooks: ImportHooks = {},
): Promise<ImportPreview> {
  const { run, samples } = await runImport(ctx, actor, source, options, hooks, true);
  return { ...run.finish(), samples };
}

async function runImport(
  ctx: ServiceContext,
  actor: Actor,
  source: ImportSource,
  rawOptions: ImportOptions,
  hooks: ImportHooks,
  dryRun: boolean,
) {
  const options = parseInput(importOptionsInput, rawOptions);
  const samples: ImportPreview["samples"] = [];
  // Once per import: every row is keyed with the country the import started with.
  const { phoneCountry } = await settingsIn(ctx.store.db, actor.workspaceId);
  // An import that writes is in the history from its start; a preview writes nothing, not even that.
  const begin = async (format: ImportFormat) => {
    const runId = dryRun
      ? null
      : await startImportRun(ctx, actor, {
          id: options.runId,
          format,
          fileName: options.filename ?? null,
          onDuplicate: options.onDuplicate,
        });
    return new ImportRun(ctx, actor, {
      format,
      dryRun,
      onDuplicate: options.onDuplicate,
      choices: options.choices ?? new Map(),
      runId,
      phoneCountry,
    });
  };
  let opened: OpenedImport;
  try {
    opened = await openImport(source, {
      ...options,
      contentType: hooks.contentType,
      savedMapping: (headers) => findSavedCsvMapping(ctx, actor, headers),
    });
  } catch (error) {
    // The source failed before a row could be read (its head is read to tell format and
    // encoding): a report that says so, like a failure later in the file.
    const format = options.format ?? detectImportFormat(Buffer.alloc(0), options.filename, hooks.contentType);
    const run = await begin(format);
    run.abortUnprocessed(sourceFailure(error));
    return { run, samples };
  }
  const run = await begin(opened.format);
  // Corrections the user sent for an import that writes are kept for the next file of this layout.
  if (!dryRun && opened.csv && options.mapping !== undefined) {
    await rememberCsvMapping(ctx, actor, opened.csv.headers, options.mapping);
  }
  if (opened.format === "vcard" && Object.keys(options.mapping ?? {}).length > 0) {
    run.warnAboutFile({
      de: "Die Spaltenzuordnung gilt nur für CSV-Dateien; diese vCard-Datei wird ohne sie gelesen.",
      en: "A column mapping applies to CSV files only; this vCard file is read without it.",
    });
  }
  for (const column of opened.csv?.unknownColumns ?? []) {
    run.warnAboutFile({
      de: `Die Zuordnung nennt die Spalte „${column}“, die Datei hat keine solche Spalte.`,
      en: `The mapping names the column "${column}", which the file does not have.`,
    });
  }
  const pass = () => readAndProcess(opened, run, samples, hooks, dryRun);
  if (dryRun) await pass();
  else await withRareCheckpoints(ctx.store.db, pass);
  return { run, samples };
}

async function readAndProcess(
  opened: OpenedImport,
  run: ImportRun,
  samples: ImportPreview["samples"],
  hooks: ImportHooks,
  dryRun: boolean,
): Promise<void> {
  const batchSize = hooks.batchSize ?? IMPORT_BATCH_SIZE;
  try {
    for await (const item of opened.items) {
      if (dryRun && item.record && samples.length < PREVIEW_SAMPLES) {
        samples.push({ line: item.line, row: item.row ?? null, record: item.record });
      }
      run.accept(item);
      if (run.batchRows < batchSize) continue;
      const written = await run.processBatch();
      hooks.onProgress?.({ rowsRead: run.report.rowsRead, elapsedMs: run.elapsedMs() });
      if (!written) break;
    }
    if (run.batchRows > 0 && !run.report.aborted) await run.processBatch();
  } catch (error) {
    run.abortUnprocessed(sourceFailure(error));
  }
  run.report.csv = opened.csv ? { ...opened.csv } : null;
  hooks.onProgress?.({ rowsRead: run.report.rowsRead, elapsedMs: run.elapsedMs() });
}

function sourceFailure(error: unknown): Localized {
  if (error && typeof error === "object" && "localized" in error) {
    const localized = (error as { localized: Localized }).localized;
    return { de: `Import abgebrochen: ${localized.de}`, en: `Import stopped: ${localized.en}` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    de: `Import abgebrochen: Die Datei konnte nicht zu Ende gelesen werden (${detail}). Zeilen davor sind gespeichert.`,
    en: `Import stopped: the file could not be read to the end (${detail}). Rows before it are stored.`,
  };
}
