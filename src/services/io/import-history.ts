import { ConflictError, NotFoundError } from "../../core/errors.ts";
import type { Localized } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import { type ImportRunEntry, type ImportRunState, importRunState } from "../../core/model/import-run.ts";
import { withRareCheckpoints } from "../../store/checkpoints.ts";
import { newId } from "../../store/ids.ts";
import { findImportRun, finishImportRun, insertImportRun, listImportRuns } from "../../store/import-runs.ts";
import {
  deletePeopleBulk,
  deleteUnusedCompaniesOfRun,
  findWorkedOnPeople,
  listPeopleOfRun,
  listRelationsOf,
  markImportRunUndone,
} from "../../store/import-undo.ts";
import { auditAs } from "../audit.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "../context.ts";
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
export async function finishImportRunOf(
  ctx: ServiceContext,
  id: string,
  report: ImportReport,
): Promise<void> {
  await finishImportRun(ctx.store.db, id, {
    counts: report,
    stopReason: report.aborted satisfies Localized | null,
    now: nowIso(ctx),
  });
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

/** People removed per transaction: as large as an import's batches, and as short. */
const UNDO_BATCH = 2_000;
/** Ids per query when checking who was worked on. */
const CHECK_CHUNK = 500;

export interface UndoneImport {
  /** People (contacts and family members) the import created and the undo removed. */
  removed: number;
  /** People the import created that somebody has worked on since: they stay. */
  kept: number;
  companiesRemoved: number;
  /** Rows merged into people who were there before: their additions stay. */
  mergedStay: number;
}

/**
 * Removes what one of the user's own imports created, unless somebody has worked on it since:
 * then it stays, and the answer says how many. What the import merged into people who were there
 * before stays too (their other facts are theirs). Batches like an import's: a failure leaves the
 * batches before it removed, and undoing again finishes the rest.
 */
export async function undoImport(ctx: ServiceContext, actor: Actor, id: string): Promise<UndoneImport> {
  requireWrite(actor);
  const run = await getMyImport(ctx, actor, id);
  if (run.state === "running") {
    throw new ConflictError({
      de: "Dieser Import läuft noch. Rückgängig machen lässt er sich, wenn er fertig ist.",
      en: "This import is still running. It can be undone once it has finished.",
    });
  }
  if (run.undone) {
    throw new ConflictError({
      de: "Dieser Import wurde schon rückgängig gemacht.",
      en: "This import was undone already.",
    });
  }
  const db = ctx.store.db;
  const ws = actor.workspaceId;
  const created = await listPeopleOfRun(db, ws, id);
  const kept = new Set<string>();
  for (let start = 0; start < created.length; start += CHECK_CHUNK) {
    for (const person of await findWorkedOnPeople(db, created.slice(start, start + CHECK_CHUNK)))
      kept.add(person);
  }
  // A family member stays with the contact who stays (the relation would go with it).
  for (let start = 0; start < created.length; start += CHECK_CHUNK) {
    for (const [a, b] of await listRelationsOf(db, created.slice(start, start + CHECK_CHUNK))) {
      if (kept.has(a)) kept.add(b);
      if (kept.has(b)) kept.add(a);
    }
  }
  // In id order (ids are time-ordered): the deletes walk the primary keys and the per-person
  // indexes from one end to the other instead of all over them.
  const doomed = created.filter((person) => !kept.has(person)).sort();
  let removed = 0;
  await withRareCheckpoints(db, async () => {
    for (let start = 0; start < doomed.length; start += UNDO_BATCH) {
      const batch = doomed.slice(start, start + UNDO_BATCH);
      removed += await inTransaction(ctx, async (trx) => {
        let count = 0;
        for (let from = 0; from < batch.length; from += CHECK_CHUNK) {
          const chunk = batch.slice(from, from + CHECK_CHUNK);
          // Asked again where the delete happens: a conversation logged since the first look stays.
          const late = await findWorkedOnPeople(trx, chunk);
          for (const person of late) kept.add(person);
          count += await deletePeopleBulk(
            trx,
            ws,
            chunk.filter((person) => !late.has(person)),
          );
        }
        return count;
      });
    }
  });
  const result = await inTransaction(ctx, async (trx) => {
    const companiesRemoved = await deleteUnusedCompaniesOfRun(trx, ws, id);
    await markImportRunUndone(trx, id, { removed, kept: kept.size, now: nowIso(ctx) });
    return { removed, kept: kept.size, companiesRemoved, mergedStay: run.merged };
  });
  await auditAs(ctx, actor, "import_undone", { target: { type: "import", id }, detail: { ...result } });
  return result;
}
