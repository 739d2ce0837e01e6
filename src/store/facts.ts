import type { ExpressionBuilder, Selectable } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { Fact } from "../core/model/fact.ts";
import type { FactCreateInput, FactListQuery, FactUpdateInput } from "../core/schemas/fact.ts";
import type { FactCategory } from "../core/vocabulary.ts";
import { fromFlag, toFlag } from "./booleans.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import type { Database, FactsTable } from "./schema.ts";
import { reindexEntity, removeFromIndex } from "./search-index.ts";

/** Facts are about private lives: visible to their author, or to everyone once shared. */
export function factVisibleTo(viewerId: string) {
  return (eb: ExpressionBuilder<Database, "facts">) =>
    eb.or([eb("facts.author_id", "=", viewerId), eb("facts.shared", "=", 1)]);
}

export async function insertFact(
  db: Db,
  workspaceId: string,
  input: FactCreateInput & { learnedOn: string },
  meta: { now: IsoDateTime; authorId: string; id?: string; importRunId?: string | null },
): Promise<string> {
  const id = meta.id ?? newId();
  await db
    .insertInto("facts")
    .values({
      id,
      workspace_id: workspaceId,
      person_id: input.personId,
      author_id: meta.authorId,
      category: input.category,
      text: input.text,
      refers_to: input.refersTo,
      learned_on: input.learnedOn,
      interaction_id: input.interactionId,
      shared: toFlag(input.shared),
      created_at: meta.now,
      updated_at: meta.now,
      ...(meta.importRunId ? { import_run_id: meta.importRunId } : {}),
    })
    .execute();
  await indexFact(db, { id, workspaceId, text: input.text, shared: input.shared, authorId: meta.authorId });
  return id;
}

export async function updateFact(db: Db, current: Fact, patch: FactUpdateInput, meta: { now: IsoDateTime }) {
  await db
    .updateTable("facts")
    .set({
      ...(patch.category !== undefined ? { category: patch.category } : {}),
      ...(patch.text !== undefined ? { text: patch.text } : {}),
      ...(patch.refersTo !== undefined ? { refers_to: patch.refersTo } : {}),
      ...(patch.learnedOn !== undefined ? { learned_on: patch.learnedOn } : {}),
      ...(patch.interactionId !== undefined ? { interaction_id: patch.interactionId } : {}),
      ...(patch.shared !== undefined ? { shared: toFlag(patch.shared) } : {}),
      updated_at: meta.now,
    })
    .where("id", "=", current.id)
    .where("workspace_id", "=", current.workspaceId)
    .execute();
  const merged = { ...current, ...patch };
  await indexFact(db, { ...merged, authorId: current.authorId });
}

async function indexFact(
  db: Db,
  fact: { id: string; workspaceId: string; text: string; shared: boolean; authorId: string },
): Promise<void> {
  await reindexEntity(db, {
    workspaceId: fact.workspaceId,
    entityType: "fact",
    entityId: fact.id,
    texts: [fact.text],
    visibleTo: fact.shared ? null : fact.authorId,
  });
}

export async function deleteFact(db: Db, workspaceId: string, id: string): Promise<boolean> {
  await removeFromIndex(db, [id]);
  const result = await db
    .deleteFrom("facts")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

export async function findFacts(
  db: Db,
  workspaceId: string,
  ids: string[],
  viewerId: string,
): Promise<Fact[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("facts")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .where(factVisibleTo(viewerId))
    .execute();
  // In the order asked (ids made in the same millisecond do not sort by creation).
  const byId = new Map(rows.map((row) => [row.id, toFact(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findFact(db: Db, workspaceId: string, id: string, viewerId: string) {
  return (await findFacts(db, workspaceId, [id], viewerId))[0];
}

export async function listFacts(
  db: Db,
  workspaceId: string,
  query: FactListQuery,
  viewerId: string,
): Promise<{ items: Fact[]; total: number }> {
  let base = db.selectFrom("facts").where("workspace_id", "=", workspaceId).where(factVisibleTo(viewerId));
  if (query.personId) base = base.where("person_id", "=", query.personId);
  if (query.category) base = base.where("category", "=", query.category);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy("learned_on", "desc")
      .orderBy("id", "desc")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toFact), total: Number(count.total) };
}

function toFact(row: Selectable<FactsTable>): Fact {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    personId: row.person_id,
    authorId: row.author_id,
    category: row.category as FactCategory,
    text: row.text,
    refersTo: row.refers_to,
    learnedOn: row.learned_on,
    interactionId: row.interaction_id,
    shared: fromFlag(row.shared),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
