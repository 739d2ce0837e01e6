import { ConflictError, NotFoundError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import { type ImportRunEntry, type ImportRunState, importRunState } from "../../core/model/import-run.ts";
import { newId } from "../../store/ids.ts";
import { findImportRun, finishImportRun, insertImportRun, listImportRuns } from "../../store/import-runs.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import type { ImportReport } from "./import-types.ts";

// The history of a user's imports. The web app cancels an import by cutting off its upload, so it
// never receives that import's report; it asks here what was stored instead (decision 106).

export type ImportHistoryEntry = ImportRunEntry & { state: ImportRunState };

/** Imports a user sees in the list, newest first. */
export const IMPORT_HISTORY_LIMIT = 20;

/**
 * Records an import that is about to write. The caller may name it (the web app does, so it can
 * ask after a cancelled upload); an id that is taken already is refused before anything is read.
 */
export async function startImportRun(
  ctx: ServiceContext,
  actor: Actor,
  run: { id: string | undefined; format: string; fileName: string | null; onDuplicate: string },
): Promise<string> {
  const id = run.id ?? newId();
  const inserted = await insertImportRun(ctx.store.db, actor.workspaceId, {
    id,
    userId: actor.userId,
    format: run.format,
    fileName: run.fileName,
    onDuplicate: run.onDuplicate,
    startedAt: nowIso(ctx),
  });
  if (!inserted) {
    throw new ConflictError({
      de: "runId: Ein Import mit dieser Kennung wurde schon gestartet. Bitte eine neue senden.",
      en: "runId: an import with this id was started already. Please send a new one.",
    });
  }
  return id;
}

/** The final counts and whether the import ran to the end of its file. */
export async function recordImportEnd(ctx: ServiceContext, id: string, report: ImportReport): Promise<void> {
  await finishImportRun(ctx.store.db, id, { counts: report, stopReason: report.aborted, now: nowIso(ctx) });
}

export async function listMyImports(ctx: ServiceContext, actor: Actor): Promise<ImportHistoryEntry[]> {
  const runs = await listImportRuns(ctx.store.db, actor.workspaceId, actor.userId, IMPORT_HISTORY_LIMIT);
  const now = nowIso(ctx);
  return runs.map((run) => ({ ...run, state: importRunState(run, now) }));
}

/** One of the user's own imports; a colleague's import is not found, like one that never was. */
export async function getMyImport(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<ImportHistoryEntry> {
  const run = await findImportRun(ctx.store.db, actor.workspaceId, actor.userId, id);
  if (!run) throw new NotFoundError("import", id);
  return { ...run, state: importRunState(run, nowIso(ctx)) };
}
