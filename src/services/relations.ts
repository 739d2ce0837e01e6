import { NotFoundError, ValidationError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { Relation } from "../core/model/relation.ts";
import { relationCreateInput, relationListQuery, relationUpdateInput } from "../core/schemas/relation.ts";
import { parseInput } from "../core/validation.ts";
import * as relations from "../store/relations.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "./context.ts";
import { assertReferences } from "./references.ts";

export async function createRelation(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Relation> {
  requireWrite(actor);
  const data = parseInput(relationCreateInput, input);
  if (data.personId === data.relatedPersonId) {
    throw new ValidationError([
      {
        field: "relatedPersonId",
        code: "invalid",
        message: {
          de: "Eine Person ist nicht mit sich selbst verbunden.",
          en: "A person cannot relate to themselves.",
        },
      },
    ]);
  }
  const id = await inTransaction(ctx, async (db) => {
    await assertReferences(db, actor.workspaceId, [
      { field: "personId", table: "people", ids: [data.personId] },
      { field: "relatedPersonId", table: "people", ids: [data.relatedPersonId] },
    ]);
    return relations.insertRelation(db, actor.workspaceId, data, { now: nowIso(ctx) });
  });
  return getRelation(ctx, actor, id);
}

export async function getRelation(ctx: ServiceContext, actor: Actor, id: string): Promise<Relation> {
  const relation = await relations.findRelation(ctx.store.db, actor.workspaceId, id);
  if (!relation) throw new NotFoundError("relation", id);
  return relation;
}

export async function listRelations(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(relationListQuery, query);
  const page = await relations.listRelations(ctx.store.db, actor.workspaceId, parsed);
  return { ...page, limit: parsed.limit, offset: parsed.offset };
}

export async function updateRelation(ctx: ServiceContext, actor: Actor, id: string, input: unknown) {
  requireWrite(actor);
  const patch = parseInput(relationUpdateInput, input);
  await getRelation(ctx, actor, id);
  if (patch.kind) await relations.updateRelationKind(ctx.store.db, actor.workspaceId, id, patch.kind);
  return getRelation(ctx, actor, id);
}

export async function deleteRelation(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  if (!(await relations.deleteRelation(ctx.store.db, actor.workspaceId, id)))
    throw new NotFoundError("relation", id);
}
