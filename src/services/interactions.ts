import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { Interaction } from "../core/model/interaction.ts";
import {
  interactionCreateInput,
  interactionListQuery,
  interactionUpdateInput,
} from "../core/schemas/interaction.ts";
import { parseInput } from "../core/validation.ts";
import * as interactions from "../store/interactions.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "./context.ts";
import { assertReferences } from "./references.ts";

export async function createInteraction(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<Interaction> {
  requireWrite(actor);
  const data = parseInput(interactionCreateInput, input);
  const id = await inTransaction(ctx, async (db) => {
    await assertReferences(db, actor.workspaceId, [
      { field: "participantIds", table: "people", ids: data.participantIds },
    ]);
    return interactions.insertInteraction(db, actor.workspaceId, data, {
      now: nowIso(ctx),
      authorId: actor.userId,
    });
  });
  return getInteraction(ctx, actor, id);
}

export async function getInteraction(ctx: ServiceContext, actor: Actor, id: string): Promise<Interaction> {
  const interaction = await interactions.findInteraction(ctx.store.db, actor.workspaceId, id);
  if (!interaction) throw new NotFoundError("interaction", id);
  return interaction;
}

export async function listInteractions(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(interactionListQuery, query);
  const page = await interactions.listInteractions(ctx.store.db, actor.workspaceId, parsed);
  return { ...page, limit: parsed.limit, offset: parsed.offset };
}

export async function updateInteraction(ctx: ServiceContext, actor: Actor, id: string, input: unknown) {
  requireWrite(actor);
  const patch = parseInput(interactionUpdateInput, input);
  await inTransaction(ctx, async (db) => {
    const current = await interactions.findInteraction(db, actor.workspaceId, id);
    if (!current) throw new NotFoundError("interaction", id);
    await assertReferences(db, actor.workspaceId, [
      { field: "participantIds", table: "people", ids: patch.participantIds ?? [] },
    ]);
    await interactions.updateInteraction(db, current, patch, { now: nowIso(ctx) });
  });
  return getInteraction(ctx, actor, id);
}

export async function deleteInteraction(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  const deleted = await inTransaction(ctx, (db) => interactions.deleteInteraction(db, actor.workspaceId, id));
  if (!deleted) throw new NotFoundError("interaction", id);
}
