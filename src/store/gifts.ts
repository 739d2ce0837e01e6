import type { Selectable } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { GiftDirection, GiftEntry, GiftKind } from "../core/gifts/index.ts";
import type { GiftCreateInput, GiftListQuery, GiftUpdateInput } from "../core/schemas/gift.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import type { GiftsTable } from "./schema.ts";

export interface Gift extends GiftEntry {
  id: string;
  workspaceId: string;
  authorId: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export async function insertGift(
  db: Db,
  workspaceId: string,
  input: GiftCreateInput,
  meta: { now: IsoDateTime; authorId: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto("gifts")
    .values({
      id,
      workspace_id: workspaceId,
      person_id: input.personId,
      author_id: meta.authorId,
      occurred_on: input.date,
      direction: input.direction,
      kind: input.kind,
      value_cents: input.valueCents,
      note: input.note,
      created_at: meta.now,
      updated_at: meta.now,
    })
    .execute();
  return id;
}

export async function updateGift(db: Db, current: Gift, patch: GiftUpdateInput, meta: { now: IsoDateTime }) {
  await db
    .updateTable("gifts")
    .set({
      ...(patch.date !== undefined ? { occurred_on: patch.date } : {}),
      ...(patch.direction !== undefined ? { direction: patch.direction } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.valueCents !== undefined ? { value_cents: patch.valueCents } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      updated_at: meta.now,
    })
    .where("id", "=", current.id)
    .where("workspace_id", "=", current.workspaceId)
    .execute();
}

export async function deleteGift(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("gifts")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

/**
 * Gifts are team-visible (amounts matter for the yearly limit whoever gave them); their notes are
 * private to the author.
 */
export async function findGift(db: Db, workspaceId: string, id: string, viewerId: string) {
  const row = await db
    .selectFrom("gifts")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toGift(row, viewerId) : undefined;
}

export async function listGifts(db: Db, workspaceId: string, query: GiftListQuery, viewerId: string) {
  let base = db.selectFrom("gifts").where("workspace_id", "=", workspaceId);
  if (query.personId) base = base.where("person_id", "=", query.personId);
  if (query.year) {
    base = base
      .where("occurred_on", ">=", `${query.year}-01-01`)
      .where("occurred_on", "<=", `${query.year}-12-31`);
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy("occurred_on", "desc")
      .orderBy("id", "desc")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => toGift(r, viewerId)), total: Number(count.total) };
}

function toGift(row: Selectable<GiftsTable>, viewerId: string): Gift {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    personId: row.person_id,
    authorId: row.author_id,
    date: row.occurred_on,
    direction: row.direction as GiftDirection,
    kind: row.kind as GiftKind,
    valueCents: Number(row.value_cents),
    note: row.author_id === viewerId ? row.note : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
