import type { Selectable } from "kysely";
import type { IsoDate, IsoDateTime } from "../../core/dates.ts";
import type { DataSubjectRequestKind } from "../../core/privacy/privacy-schemas.ts";
import { newId } from "../ids.ts";
import type { Db } from "../open-store.ts";
import type { AccessRequestsTable } from "../schema.ts";

export interface AccessRequest {
  id: string;
  /** Null once the person was erased: the request and its dates remain as proof. */
  personId: string | null;
  kind: DataSubjectRequestKind;
  receivedOn: IsoDate;
  dueOn: IsoDate;
  completedOn: IsoDate | null;
  note: string | null;
  createdBy: string | null;
  createdAt: IsoDateTime;
}

function toRequest(row: Selectable<AccessRequestsTable>): AccessRequest {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind as DataSubjectRequestKind,
    receivedOn: row.received_on,
    dueOn: row.due_on,
    completedOn: row.completed_on,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export async function insertAccessRequest(
  db: Db,
  workspaceId: string,
  request: Omit<AccessRequest, "id" | "completedOn">,
): Promise<string> {
  const id = newId();
  await db
    .insertInto("access_requests")
    .values({
      id,
      workspace_id: workspaceId,
      person_id: request.personId,
      kind: request.kind,
      received_on: request.receivedOn,
      due_on: request.dueOn,
      completed_on: null,
      note: request.note,
      created_by: request.createdBy,
      created_at: request.createdAt,
    })
    .execute();
  return id;
}

export async function findAccessRequest(db: Db, workspaceId: string, id: string) {
  const row = await db
    .selectFrom("access_requests")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toRequest(row) : undefined;
}

/** Open requests first by due day; with `all`, completed ones follow, newest first. */
export async function listAccessRequests(
  db: Db,
  workspaceId: string,
  options: { status: "open" | "all"; personId?: string },
): Promise<AccessRequest[]> {
  let query = db.selectFrom("access_requests").selectAll().where("workspace_id", "=", workspaceId);
  if (options.status === "open") query = query.where("completed_on", "is", null);
  if (options.personId) query = query.where("person_id", "=", options.personId);
  const rows = await query.orderBy("due_on").orderBy("id").execute();
  const open = rows.filter((r) => r.completed_on === null);
  const done = rows.filter((r) => r.completed_on !== null).reverse();
  return [...open, ...done].map(toRequest);
}

/** Marks the person's open requests of these kinds as completed; returns how many. */
export async function completeAccessRequests(
  db: Db,
  workspaceId: string,
  personId: string,
  kinds: readonly DataSubjectRequestKind[],
  day: IsoDate,
): Promise<number> {
  const result = await db
    .updateTable("access_requests")
    .set({ completed_on: day })
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "=", personId)
    .where("completed_on", "is", null)
    .where("kind", "in", kinds)
    .execute();
  return Number(result[0]?.numUpdatedRows ?? 0);
}

/** Completes one request by id (if still open); true when it was. */
export async function completeAccessRequest(
  db: Db,
  workspaceId: string,
  id: string,
  day: IsoDate,
): Promise<boolean> {
  const result = await db
    .updateTable("access_requests")
    .set({ completed_on: day })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("completed_on", "is", null)
    .execute();
  return Number(result[0]?.numUpdatedRows ?? 0) > 0;
}
