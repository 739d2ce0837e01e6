import { indexTerms } from "../core/search-terms.ts";
import type { Db } from "./open-store.ts";

export type IndexedEntity = "person" | "company" | "fact";

/**
 * Replaces the search terms of one entity. Runs inside the caller's transaction, so the index is
 * never out of step with the row it describes.
 */
export async function reindexEntity(
  db: Db,
  entry: {
    workspaceId: string;
    entityType: IndexedEntity;
    entityId: string;
    texts: Array<string | null | undefined>;
    visibleTo: string | null;
  },
): Promise<void> {
  await db.deleteFrom("search_terms").where("entity_id", "=", entry.entityId).execute();
  const terms = indexTerms(entry.texts.filter((t): t is string => Boolean(t)).join(" "));
  if (terms.length === 0) return;
  await db
    .insertInto("search_terms")
    .values(
      terms.map((term) => ({
        workspace_id: entry.workspaceId,
        term,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        visible_to: entry.visibleTo,
      })),
    )
    .execute();
}

export async function removeFromIndex(db: Db, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await db.deleteFrom("search_terms").where("entity_id", "in", entityIds).execute();
}
