import { ratingSeries, selfCheckInsights } from "../core/conversation/trends.ts";
import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import { listRatingsOf } from "../store/interactions.ts";
import { findPerson } from "../store/people.ts";
import { listSelfChecks } from "../store/reflections.ts";
import type { ServiceContext } from "./context.ts";

/** Trust, resistance and atmosphere of one person over time. */
export async function getPersonTrends(ctx: ServiceContext, actor: Actor, personId: string) {
  if (!(await findPerson(ctx.store.db, actor.workspaceId, personId, actor.userId))) {
    throw new NotFoundError("person", personId);
  }
  return ratingSeries(await listRatingsOf(ctx.store.db, actor.workspaceId, personId));
}

/** My self-checks over time and how they relate to the atmosphere I met (private to me). */
export async function getMySelfCheckTrends(ctx: ServiceContext, actor: Actor) {
  return selfCheckInsights(await listSelfChecks(ctx.store.db, actor.workspaceId, actor.userId));
}
