import { ConflictError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import { withRareCheckpoints } from "../../store/checkpoints.ts";
import type { Db } from "../../store/open-store.ts";
import {
  deletePeopleBulk,
  deleteUnchangedFactsOfRun,
  deleteUnusedCompaniesOfRun,
  findWorkedOnPeople,
  listPeopleOfRun,
  listRelationsOf,
  markImportRunUndone,
} from "../../store/undo-import.ts";
import { auditAs } from "../audit.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "../context.ts";
import { getMyImport } from "./import-history.ts";

// Taking an import back (decision 108): what it created goes, unless somebody has worked on it since.

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
    for (const person of await whoStays(db, created.slice(start, start + CHECK_CHUNK))) kept.add(person);
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
          // Asked again where the delete happens: a conversation logged since the first look stays,
          // and so does the family member of the one it was logged with.
          const late = await whoStays(trx, chunk);
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
    // Anniversaries the import added to people who stay (merged into, or kept as worked on).
    await deleteUnchangedFactsOfRun(trx, ws, id);
    await markImportRunUndone(trx, id, { removed, kept: kept.size, now: nowIso(ctx) });
    return { removed, kept: kept.size, companiesRemoved, mergedStay: run.mergedIntoExisting };
  });
  await auditAs(ctx, actor, "import_undone", { target: { type: "import", id }, detail: { ...result } });
  return result;
}

/**
 * Of these people, the ones who stay: worked on since the import, or related to someone who was (a
 * family member stays with the contact who stays, and the other way round). Their relatives are
 * asked about too, wherever in the import's order they are; whether they stay is decided with
 * their own chunk.
 */
async function whoStays(db: Db, ids: string[]): Promise<Set<string>> {
  const pairs = await listRelationsOf(db, ids);
  const asked = new Set(ids);
  for (const [a, b] of pairs) {
    asked.add(a);
    asked.add(b);
  }
  const stays = await findWorkedOnPeople(db, [...asked]);
  for (const [a, b] of pairs) {
    if (stays.has(a)) stays.add(b);
    if (stays.has(b)) stays.add(a);
  }
  return new Set(ids.filter((person) => stays.has(person)));
}
