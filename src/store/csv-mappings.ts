import type { IsoDateTime } from "../core/dates.ts";
import type { Db } from "./open-store.ts";

// A user's column corrections per CSV layout (decision 111): written when an import with them
// starts writing, read when a file with the same headers is opened again.

export interface StoredCsvMapping {
  /** JSON of the corrections, as saved. */
  mapping: string;
  savedAt: IsoDateTime;
}

export async function readCsvMapping(
  db: Db,
  userId: string,
  headersHash: string,
): Promise<StoredCsvMapping | null> {
  const row = await db
    .selectFrom("csv_mappings")
    .select(["mapping", "saved_at"])
    .where("user_id", "=", userId)
    .where("headers_hash", "=", headersHash)
    .executeTakeFirst();
  return row ? { mapping: row.mapping, savedAt: row.saved_at as IsoDateTime } : null;
}

export async function saveCsvMapping(
  db: Db,
  row: { workspaceId: string; userId: string; headersHash: string; mapping: string; savedAt: IsoDateTime },
): Promise<void> {
  await db
    .insertInto("csv_mappings")
    .values({
      user_id: row.userId,
      headers_hash: row.headersHash,
      workspace_id: row.workspaceId,
      mapping: row.mapping,
      saved_at: row.savedAt,
    })
    .onConflict((oc) =>
      oc.columns(["user_id", "headers_hash"]).doUpdateSet({ mapping: row.mapping, saved_at: row.savedAt }),
    )
    .execute();
}

export async function deleteCsvMapping(db: Db, userId: string, headersHash: string): Promise<void> {
  await db
    .deleteFrom("csv_mappings")
    .where("user_id", "=", userId)
    .where("headers_hash", "=", headersHash)
    .execute();
}
