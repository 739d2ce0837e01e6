import type { Selectable } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { Relation } from "../core/model/relation.ts";
import type { RelationCreateInput, RelationListQuery } from "../core/schemas/relation.ts";
import type { RelationKind } from "../core/vocabulary.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import type { RelationsTable } from "./schema.ts";

export async function insertRelation(
  db: Db,
  workspaceId: string,
  input: RelationCreateInput,
  meta: { now: IsoDateTime; id?: string },
): Promise<string> {
  const id = meta.id ?? newId();
  await db
    .insertInto("relations")
    .values({
      id,
      workspace_id: workspaceId,
      person_id: input.personId,
      related_person_id: input.relatedPersonId,
      kind: input.kind,
      created_at: meta.now,
    })
    .execute();
  return id;
}

export async function updateRelationKind(db: Db, workspaceId: string, id: string, kind: RelationKind) {
  await db
    .updateTable("relations")
    .set({ kind })
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
}

export async function deleteRelation(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("relations")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

export async function findRelation(db: Db, workspaceId: string, id: string): Promise<Relation | undefined> {
  const row = await db
    .selectFrom("relations")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toRelation(row) : undefined;
}

/** Relations in either direction of a person, or all of the workspace. */
export async function listRelations(
  db: Db,
  workspaceId: string,
  query: RelationListQuery,
): Promise<{ items: Relation[]; total: number }> {
  let base = db.selectFrom("relations").where("workspace_id", "=", workspaceId);
  const personId = query.personId;
  if (personId) {
    base = base.where((eb) =>
      eb.or([eb("person_id", "=", personId), eb("related_person_id", "=", personId)]),
    );
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("created_at").orderBy("id").limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRelation), total: Number(count.total) };
}

function toRelation(row: Selectable<RelationsTable>): Relation {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    personId: row.person_id,
    relatedPersonId: row.related_person_id,
    kind: row.kind as RelationKind,
    createdAt: row.created_at,
  };
}
