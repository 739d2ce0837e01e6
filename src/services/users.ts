import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { User } from "../core/model/workspace.ts";
import { findUser } from "../store/workspaces.ts";
import type { ServiceContext } from "./context.ts";

export async function getCurrentUser(ctx: ServiceContext, actor: Actor): Promise<User> {
  const user = await findUser(ctx.store.db, actor.userId);
  if (!user || user.workspaceId !== actor.workspaceId) throw new NotFoundError("user", actor.userId);
  return user;
}
