import type { IsoDateTime } from "../core/dates.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";

export interface AuditEntry {
  id: string;
  at: IsoDateTime;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

/** Appends one entry. There is deliberately no update or delete here; the database refuses both. */
export async function appendAudit(db: Db, workspaceId: string, entry: Omit<AuditEntry, "id">): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: newId(),
      workspace_id: workspaceId,
      at: entry.at,
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      ip: entry.ip,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
}

export async function listAudit(
  db: Db,
  workspaceId: string,
  query: { limit: number; offset: number; action?: string },
): Promise<{ items: AuditEntry[]; total: number }> {
  let base = db.selectFrom("audit_log").where("workspace_id", "=", workspaceId);
  if (query.action) base = base.where("action", "=", query.action);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy("at", "desc")
      .orderBy("id", "desc")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      ip: r.ip,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    })),
    total: Number(count.total),
  };
}
