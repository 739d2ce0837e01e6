import { NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { OpenLoop } from "../core/model/open-loop.ts";
import { openLoopCreateInput, openLoopListQuery, openLoopUpdateInput } from "../core/schemas/open-loop.ts";
import { parseInput } from "../core/validation.ts";
import * as openLoops from "../store/open-loops.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "./context.ts";
import { assertReferences } from "./references.ts";

export async function createOpenLoop(ctx: ServiceContext, actor: Actor, input: unknown): Promise<OpenLoop> {
  requireWrite(actor);
  const data = parseInput(openLoopCreateInput, input);
  const id = await inTransaction(ctx, async (db) => {
    await assertReferences(db, actor.workspaceId, [
      { field: "personId", table: "people", ids: [data.personId] },
      { field: "interactionId", table: "interactions", ids: [data.interactionId] },
    ]);
    return openLoops.insertOpenLoop(db, actor.workspaceId, data, {
      now: nowIso(ctx),
      authorId: actor.userId,
    });
  });
  return getOpenLoop(ctx, actor, id);
}

export async function getOpenLoop(ctx: ServiceContext, actor: Actor, id: string): Promise<OpenLoop> {
  const loop = await openLoops.findOpenLoop(ctx.store.db, actor.workspaceId, id);
  if (!loop) throw new NotFoundError("open loop", id);
  return loop;
}

export async function listOpenLoops(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(openLoopListQuery, query);
  const page = await openLoops.listOpenLoops(ctx.store.db, actor.workspaceId, parsed);
  return { ...page, limit: parsed.limit, offset: parsed.offset };
}

export async function updateOpenLoop(ctx: ServiceContext, actor: Actor, id: string, input: unknown) {
  requireWrite(actor);
  const patch = parseInput(openLoopUpdateInput, input);
  await inTransaction(ctx, async (db) => {
    const current = await openLoops.findOpenLoop(db, actor.workspaceId, id);
    if (!current) throw new NotFoundError("open loop", id);
    await assertReferences(db, actor.workspaceId, [
      { field: "interactionId", table: "interactions", ids: [patch.interactionId] },
    ]);
    await openLoops.updateOpenLoop(db, current, patch, { now: nowIso(ctx) });
  });
  return getOpenLoop(ctx, actor, id);
}

export async function deleteOpenLoop(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  const deleted = await inTransaction(ctx, (db) => openLoops.deleteOpenLoop(db, actor.workspaceId, id));
  if (!deleted) throw new NotFoundError("open loop", id);
}
