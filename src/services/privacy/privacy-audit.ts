import type { Actor } from "../../core/model/actor.ts";
import { appendAudit } from "../../store/audit.ts";
import type { Db } from "../../store/open-store.ts";
import type { AuditAction } from "../audit.ts";
import { nowIso, type ServiceContext } from "../context.ts";

/**
 * Privacy events beyond the shared AUDIT_ACTIONS list: a sensitive note saved after the warning,
 * a changed legal basis or opt-out, a registered data-subject request, a retention run. Details
 * name categories, counts and ids — never the erased or sensitive text itself.
 */
export const PRIVACY_AUDIT_ACTIONS = [
  "sensitive_saved",
  "privacy_changed",
  "access_request",
  "retention_applied",
] as const;
export type PrivacyAuditAction = (typeof PRIVACY_AUDIT_ACTIONS)[number];

export async function auditPrivacy(
  ctx: ServiceContext,
  actor: Actor | { workspaceId: string; userId: string | null; ip?: string | null },
  action: AuditAction | PrivacyAuditAction,
  extra: { target?: { type: string; id: string | null }; detail?: Record<string, unknown> },
  db: Db = ctx.store.db,
): Promise<void> {
  await appendAudit(db, actor.workspaceId, {
    at: nowIso(ctx),
    actorId: actor.userId,
    action,
    targetType: extra.target?.type ?? null,
    targetId: extra.target?.id ?? null,
    ip: actor.ip ?? null,
    detail: extra.detail ?? {},
  });
}
