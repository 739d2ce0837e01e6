import type { Selectable } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { OpenLoop } from "../core/model/open-loop.ts";
import type {
  OpenLoopCreateInput,
  OpenLoopListQuery,
  OpenLoopUpdateInput,
} from "../core/schemas/open-loop.ts";
import type { OpenLoopKind } from "../core/vocabulary.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import type { OpenLoopsTable } from "./schema.ts";

export async function insertOpenLoop(
  db: Db,
  workspaceId: string,
  input: OpenLoopCreateInput,
  meta: { now: IsoDateTime; authorId: string; id?: string },
): Promise<string> {
  const id = meta.id ?? newId();
  await db
    .insertInto("open_loops")
    .values({
      id,
      workspace_id: workspaceId,
      person_id: input.personId,
      author_id: meta.authorId,
      kind: input.kind,
      text: input.text,
      due_on: input.dueOn,
      closed_on: input.closedOn,
      interaction_id: input.interactionId,
      created_at: meta.now,
      updated_at: meta.now,
    })
    .execute();
  return id;
}

export async function updateOpenLoop(
  db: Db,
  current: OpenLoop,
  patch: OpenLoopUpdateInput,
  meta: { now: IsoDateTime },
): Promise<void> {
  await db
    .updateTable("open_loops")
    .set({
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.text !== undefined ? { text: patch.text } : {}),
      ...(patch.dueOn !== undefined ? { due_on: patch.dueOn } : {}),
      ...(patch.closedOn !== undefined ? { closed_on: patch.closedOn } : {}),
      ...(patch.interactionId !== undefined ? { interaction_id: patch.interactionId } : {}),
      updated_at: meta.now,
    })
    .where("id", "=", current.id)
    .where("workspace_id", "=", current.workspaceId)
    .execute();
}

export async function deleteOpenLoop(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("open_loops")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

export async function findOpenLoop(db: Db, workspaceId: string, id: string): Promise<OpenLoop | undefined> {
  const row = await db
    .selectFrom("open_loops")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toOpenLoop(row) : undefined;
}

export async function listOpenLoops(
  db: Db,
  workspaceId: string,
  query: OpenLoopListQuery,
): Promise<{ items: OpenLoop[]; total: number }> {
  let base = db.selectFrom("open_loops").where("workspace_id", "=", workspaceId);
  if (query.personId) base = base.where("person_id", "=", query.personId);
  if (query.status === "open") base = base.where("closed_on", "is", null);
  if (query.status === "closed") base = base.where("closed_on", "is not", null);
  if (query.dueBefore) base = base.where("due_on", "<", query.dueBefore);
  const [rows, count] = await Promise.all([
    // Open loops without a due date come after the dated ones.
    base
      .selectAll()
      .orderBy((eb) => eb.case().when("due_on", "is", null).then(1).else(0).end())
      .orderBy("due_on")
      .orderBy("created_at")
      .orderBy("id")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toOpenLoop), total: Number(count.total) };
}

function toOpenLoop(row: Selectable<OpenLoopsTable>): OpenLoop {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    personId: row.person_id,
    authorId: row.author_id,
    kind: row.kind as OpenLoopKind,
    text: row.text,
    dueOn: row.due_on,
    closedOn: row.closed_on,
    interactionId: row.interaction_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
