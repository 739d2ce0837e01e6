import { z } from "zod";
import type { Actor } from "../core/model/actor.ts";
import { parseInput } from "../core/validation.ts";
import { appendAudit, listAudit } from "../store/audit.ts";
import type { Db } from "../store/open-store.ts";
import { nowIso, requireRole, type ServiceContext } from "./context.ts";

/**
 * What the audit log records: access to the workspace, changes to who may do what, and the bulk
 * moves of personal data (imports, merges, exports, backups, erasure).
 */
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "sign_in_throttled",
  "sign_out",
  "sign_out_everywhere",
  "password_changed",
  "password_reset",
  "user_invited",
  "invitation_accepted",
  "role_changed",
  "user_disabled",
  "token_created",
  "token_revoked",
  "token_used",
  "token_refused",
  "write_refused",
  "cross_origin_refused",
  "import",
  "import_undone",
  "merge",
  "export",
  "backup",
  "restore",
  "access_export",
  "access_request",
  "erasure",
  "sensitive_saved",
  "privacy_changed",
  "retention_applied",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Records one event. Pass the transaction's `db` when inside one. */
export async function recordAudit(
  ctx: ServiceContext,
  event: {
    workspaceId: string;
    actorId: string | null;
    action: AuditAction;
    target?: { type: string; id: string | null };
    ip?: string | null;
    detail?: Record<string, unknown>;
  },
  db: Db = ctx.store.db,
): Promise<void> {
  await appendAudit(db, event.workspaceId, {
    at: nowIso(ctx),
    actorId: event.actorId,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    ip: event.ip ?? null,
    detail: event.detail ?? {},
  });
}

export function auditAs(
  ctx: ServiceContext,
  actor: Actor,
  action: AuditAction,
  extra: { target?: { type: string; id: string | null }; detail?: Record<string, unknown> } = {},
  db?: Db,
) {
  return recordAudit(
    ctx,
    { workspaceId: actor.workspaceId, actorId: actor.userId, action, ip: actor.ip ?? null, ...extra },
    db,
  );
}

export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  action: z.enum(AUDIT_ACTIONS).optional(),
});

/** The log is for owners and admins. */
export async function listAuditLog(ctx: ServiceContext, actor: Actor, query: unknown) {
  requireRole(actor, ["owner", "admin"]);
  const parsed = parseInput(auditQuery, query);
  return {
    ...(await listAudit(ctx.store.db, actor.workspaceId, parsed)),
    limit: parsed.limit,
    offset: parsed.offset,
  };
}
