import type { AnalyticsScope } from "../../core/analytics/index.ts";
import type { Actor } from "../../core/model/actor.ts";
import type { AnalyticsFilter } from "../../store/analytics/index.ts";
import { requireRole } from "../context.ts";

/** My data, or — for owners and admins only — the whole workspace. */
export function filterFor(actor: Actor, scope: AnalyticsScope): AnalyticsFilter {
  if (scope === "team") {
    requireRole(actor, ["owner", "admin"]);
    return { workspaceId: actor.workspaceId, ownerId: null };
  }
  return { workspaceId: actor.workspaceId, ownerId: actor.userId };
}
