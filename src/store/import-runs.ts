import type { IsoDateTime } from "../core/dates.ts";
import type { Localized } from "../core/locale.ts";
import {
  type ImportRunCounts,
  type ImportRunEntry,
  type ImportRunOutcome,
  NO_IMPORT_COUNTS,
} from "../core/model/import-run.ts";
import type { Db } from "./open-store.ts";
import type { ImportRunsTable } from "./schema.ts";

// One row per import that writes. The import inserts it when it starts and updates its counts in
// each batch's own transaction, so the row never says more or less than what is stored.

export interface NewImportRun {
  id: string;
  userId: string;
  format: string;
  fileName: string | null;
  onDuplicate: string;
  startedAt: IsoDateTime;
}

/** False when the id is taken already (by any run of any workspace), true when inserted. */
export async function insertImportRun(db: Db, workspaceId: string, run: NewImportRun): Promise<boolean> {
  const result = await db
    .insertInto("import_runs")
    .values({
      id: run.id,
      workspace_id: workspaceId,
      user_id: run.userId,
      format: run.format,
      file_name: run.fileName,
      on_duplicate: run.onDuplicate,
      outcome: "running" satisfies ImportRunOutcome,
      ...countColumns(NO_IMPORT_COUNTS),
      stop_reason_de: null,
      stop_reason_en: null,
      started_at: run.startedAt,
      updated_at: run.startedAt,
      finished_at: null,
      undone_at: null,
      undone_removed: null,
      undone_kept: null,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The counts after a batch, written in that batch's transaction. */
export async function recordImportProgress(
  db: Db,
  id: string,
  counts: ImportRunCounts,
  now: IsoDateTime,
): Promise<void> {
  await db
    .updateTable("import_runs")
    .set({ ...countColumns(counts), updated_at: now })
    .where("id", "=", id)
    .execute();
}

export async function finishImportRun(
  db: Db,
  id: string,
  end: { counts: ImportRunCounts; stopReason: Localized | null; now: IsoDateTime },
): Promise<void> {
  await db
    .updateTable("import_runs")
    .set({
      ...countColumns(end.counts),
      outcome: (end.stopReason ? "stopped" : "complete") satisfies ImportRunOutcome,
      stop_reason_de: end.stopReason?.de ?? null,
      stop_reason_en: end.stopReason?.en ?? null,
      updated_at: end.now,
      finished_at: end.now,
    })
    .where("id", "=", id)
    .execute();
}

/** A user's own imports, newest first. */
export async function listImportRuns(
  db: Db,
  workspaceId: string,
  userId: string,
  limit: number,
): Promise<ImportRunEntry[]> {
  const rows = await db
    .selectFrom("import_runs")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map(entryOf);
}

/** One of a user's own imports; another user's is not found. */
export async function findImportRun(
  db: Db,
  workspaceId: string,
  userId: string,
  id: string,
): Promise<ImportRunEntry | null> {
  const row = await db
    .selectFrom("import_runs")
    .selectAll()
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? entryOf(row) : null;
}

function countColumns(counts: ImportRunCounts) {
  return {
    rows_read: counts.rowsRead,
    created: counts.created,
    merged: counts.merged,
    merged_into_existing: counts.mergedIntoExisting,
    skipped: counts.skipped,
    failed: counts.failed,
    companies_created: counts.companiesCreated,
    family_members_created: counts.familyMembersCreated,
  };
}

function entryOf(row: ImportRunsTable): ImportRunEntry {
  return {
    id: row.id,
    userId: row.user_id,
    format: row.format,
    fileName: row.file_name,
    onDuplicate: row.on_duplicate,
    outcome: row.outcome as ImportRunOutcome,
    rowsRead: Number(row.rows_read),
    created: Number(row.created),
    merged: Number(row.merged),
    // Runs from before the column was kept counted only all merges: the closest figure there is.
    mergedIntoExisting: Number(row.merged_into_existing ?? row.merged),
    skipped: Number(row.skipped),
    failed: Number(row.failed),
    companiesCreated: Number(row.companies_created),
    familyMembersCreated: Number(row.family_members_created),
    stopReason:
      row.stop_reason_de !== null && row.stop_reason_en !== null
        ? { de: row.stop_reason_de, en: row.stop_reason_en }
        : null,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
    undone:
      row.undone_at === null
        ? null
        : { at: row.undone_at, removed: Number(row.undone_removed ?? 0), kept: Number(row.undone_kept ?? 0) },
  };
}
