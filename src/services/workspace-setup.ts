import type { Locale } from "../core/locale.ts";
import type { Actor } from "../core/model/actor.ts";
import type { User, Workspace } from "../core/model/workspace.ts";
import { findOwner, firstWorkspace, insertUser, insertWorkspace } from "../store/workspaces.ts";
import { inTransaction, nowIso, type ServiceContext } from "./context.ts";

/**
 * The single-user embedded mode: the first start creates a workspace and its owner. The owner has
 * no password (there is no default password, ever); they sign in through the one-time link that
 * `serve` prints, or a token from `kundenfreund token create`.
 */
export async function ensureLocalWorkspace(
  ctx: ServiceContext,
  options: { locale?: Locale } = {},
): Promise<{ workspace: Workspace; owner: User; created: boolean }> {
  const existing = await firstWorkspace(ctx.store.db);
  if (existing) {
    const owner = await findOwner(ctx.store.db, existing.id);
    if (owner) return { workspace: existing, owner, created: false };
  }
  return inTransaction(ctx, async (db) => {
    const locale = options.locale ?? "de";
    const workspace =
      existing ?? (await insertWorkspace(db, locale === "de" ? "Mein Vertrieb" : "My sales", nowIso(ctx)));
    const owner = await insertUser(
      db,
      {
        workspaceId: workspace.id,
        displayName: locale === "de" ? "Ich" : "Me",
        email: null,
        role: "owner",
        locale,
      },
      nowIso(ctx),
    );
    return { workspace, owner, created: true };
  });
}

export function actorFor(user: User, canWrite = true): Actor {
  return { workspaceId: user.workspaceId, userId: user.id, role: user.role, canWrite };
}
