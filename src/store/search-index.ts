import { indexTerms } from "../core/search-terms.ts";
import { insertFlatRows, type RowValue } from "./insert-rows.ts";
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
  const terms = termsOf(entry.texts);
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

/**
 * The search terms of entities created in this transaction, in one bulk insert: the same terms
 * `reindexEntity` writes for each, without its delete (new entities have no terms yet). For
 * imports, where a statement per entity was most of the cost.
 */
export async function indexNewEntities(
  db: Db,
  workspaceId: string,
  entityType: IndexedEntity,
  entities: Array<{ id: string; texts: Array<string | null>; visibleTo: string | null }>,
): Promise<void> {
  const terms = entities.flatMap(({ id, texts, visibleTo }) =>
    termsOf(texts).map((term) => ({ term, id, visibleTo })),
  );
  // In index order, neighbouring rows land on the same B-tree pages: fewer pages touched per batch.
  terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const values: RowValue[] = [];
  for (const { term, id, visibleTo } of terms) values.push(workspaceId, term, entityType, id, visibleTo);
  await insertFlatRows(
    db,
    "search_terms",
    ["workspace_id", "term", "entity_type", "entity_id", "visible_to"],
    values,
  );
}

/** An entity's search terms: one definition for the single and the bulk path, so they cannot drift. */
function termsOf(texts: Array<string | null | undefined>): string[] {
  return indexTerms(texts.filter((t): t is string => Boolean(t)).join(" "));
}
