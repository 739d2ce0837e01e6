import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { User } from "../core/model/workspace.ts";
import { revokeCredential } from "../store/credentials.ts";
import { findUser } from "../store/workspaces.ts";
import { auditAs } from "./audit.ts";
import { nowIso, type ServiceContext } from "./context.ts";

export async function getCurrentUser(ctx: ServiceContext, actor: Actor): Promise<User> {
  const user = await findUser(ctx.store.db, actor.userId);
  if (!user || user.workspaceId !== actor.workspaceId) throw new NotFoundError("user", actor.userId);
  return user;
}

/** Ends the session (or revokes the token) this request came with. */
export async function signOut(ctx: ServiceContext, actor: Actor): Promise<void> {
  if (actor.credentialId)
    await revokeCredential(ctx.store.db, actor.workspaceId, actor.credentialId, nowIso(ctx));
  await auditAs(ctx, actor, "sign_out");
}
