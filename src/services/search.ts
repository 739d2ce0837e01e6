import type { Actor } from "../core/model/actor.ts";
import { searchQuery } from "../core/schemas/search.ts";
import { parseInput } from "../core/validation.ts";
import { type SearchHit, searchEntities } from "../store/search.ts";
import type { ServiceContext } from "./context.ts";

export async function search(
  ctx: ServiceContext,
  actor: Actor,
  query: unknown,
): Promise<{ items: SearchHit[] }> {
  const parsed = parseInput(searchQuery, query);
  const items = await searchEntities(ctx.store.db, {
    workspaceId: actor.workspaceId,
    viewerId: actor.userId,
    query: parsed.q,
    types: parsed.types,
    limit: parsed.limit,
  });
  return { items };
}
