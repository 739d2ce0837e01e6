import { ForbiddenError, NotFoundError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { Fact } from "../core/model/fact.ts";
import { factCreateInput, factListQuery, factUpdateInput } from "../core/schemas/fact.ts";
import { parseInput } from "../core/validation.ts";
import * as facts from "../store/facts.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext, todayIso } from "./context.ts";
import { guardSensitive, recordSensitive } from "./privacy/sensitive-guard.ts";
import { assertReferences } from "./references.ts";

export async function createFact(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Fact> {
  requireWrite(actor);
  const data = parseInput(factCreateInput, input);
  const findings = guardSensitive([{ field: "text", kind: "fact", text: data.text }], data.sensitive);
  const id = await inTransaction(ctx, async (db) => {
    await assertReferences(db, actor.workspaceId, [
      { field: "personId", table: "people", ids: [data.personId] },
      { field: "interactionId", table: "interactions", ids: [data.interactionId] },
    ]);
    const factId = await facts.insertFact(
      db,
      actor.workspaceId,
      { ...data, learnedOn: data.learnedOn ?? todayIso(ctx) },
      { now: nowIso(ctx), authorId: actor.userId },
    );
    await recordSensitive(
      ctx,
      actor,
      db,
      {
        table: "facts",
        id: factId,
        personId: data.personId,
        fields: [{ requestField: "text", rowField: "text" }],
      },
      findings,
      data.sensitive,
    );
    return factId;
  });
  return getFact(ctx, actor, id);
}

/** A private fact of a colleague is "not found", never "forbidden": its existence is private too. */
export async function getFact(ctx: ServiceContext, actor: Actor, id: string): Promise<Fact> {
  const fact = await facts.findFact(ctx.store.db, actor.workspaceId, id, actor.userId);
  if (!fact) throw new NotFoundError("fact", id);
  return fact;
}

export async function listFacts(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(factListQuery, query);
  const page = await facts.listFacts(ctx.store.db, actor.workspaceId, parsed, actor.userId);
  return { ...page, limit: parsed.limit, offset: parsed.offset };
}

export async function updateFact(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Fact> {
  requireWrite(actor);
  const patch = parseInput(factUpdateInput, input);
  const findings = guardSensitive([{ field: "text", kind: "fact", text: patch.text }], patch.sensitive);
  await inTransaction(ctx, async (db) => {
    const current = await facts.findFact(db, actor.workspaceId, id, actor.userId);
    if (!current) throw new NotFoundError("fact", id);
    assertAuthor(current, actor);
    await assertReferences(db, actor.workspaceId, [
      { field: "interactionId", table: "interactions", ids: [patch.interactionId] },
    ]);
    await facts.updateFact(db, current, patch, { now: nowIso(ctx) });
    if (patch.text !== undefined) {
      await recordSensitive(
        ctx,
        actor,
        db,
        {
          table: "facts",
          id,
          personId: current.personId,
          fields: [{ requestField: "text", rowField: "text" }],
        },
        findings,
        patch.sensitive,
      );
    }
  });
  return getFact(ctx, actor, id);
}

export async function deleteFact(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  await inTransaction(ctx, async (db) => {
    const current = await facts.findFact(db, actor.workspaceId, id, actor.userId);
    if (!current) throw new NotFoundError("fact", id);
    assertAuthor(current, actor);
    await facts.deleteFact(db, actor.workspaceId, id);
  });
}

/** A shared fact may be read by the team, but changed only by the one who wrote it. */
function assertAuthor(fact: Fact, actor: Actor): void {
  if (fact.authorId !== actor.userId) {
    throw new ForbiddenError({
      de: "Nur wer dieses Detail notiert hat, darf es ändern.",
      en: "Only the author of this fact may change it.",
    });
  }
}
