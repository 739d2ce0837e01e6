import { dayOf } from "../core/dates.ts";
import { ValidationError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { Fact } from "../core/model/fact.ts";
import type { OpenLoop } from "../core/model/open-loop.ts";
import { conversationInput } from "../core/schemas/conversation.ts";
import { parseInput } from "../core/validation.ts";
import { findFacts, insertFact } from "../store/facts.ts";
import { findInteraction, insertInteraction } from "../store/interactions.ts";
import { findOpenLoop, insertOpenLoop, updateOpenLoop } from "../store/open-loops.ts";
import { insertReflection } from "../store/reflections.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "./context.ts";
import { guardSensitive, recordSensitive } from "./privacy/sensitive-guard.ts";
import { assertReferences } from "./references.ts";
import { contactRestrictions } from "./tender-status.ts";

/**
 * Logs a conversation in one step and one transaction: the interaction, the facts learned (dated
 * on the day of the conversation), new open loops, closed loops and the self-check. Any bad part
 * rejects the whole log and nothing is written.
 */
export async function logConversation(ctx: ServiceContext, actor: Actor, input: unknown) {
  requireWrite(actor);
  const data = parseInput(conversationInput, input);
  const now = nowIso(ctx);
  const day = dayOf(data.occurredAt);
  const findings = guardSensitive(
    [
      ...data.facts.map((f, i) => ({ field: `facts.${i}.text`, kind: "fact" as const, text: f.text })),
      { field: "selfCheck.note", kind: "self_check_note", text: data.selfCheck?.note },
    ],
    data.sensitive,
  );
  const result = await inTransaction(ctx, async (db) => {
    await assertReferences(db, actor.workspaceId, [
      { field: "participantIds", table: "people", ids: data.participantIds },
      { field: "facts.personId", table: "people", ids: data.facts.map((f) => f.personId) },
      { field: "openLoops.personId", table: "people", ids: data.openLoops.map((l) => l.personId) },
    ]);
    const loopsToClose: OpenLoop[] = [];
    for (const [index, loopId] of data.closeLoopIds.entries()) {
      const loop = await findOpenLoop(db, actor.workspaceId, loopId);
      if (!loop) {
        throw new ValidationError([
          {
            field: `closeLoopIds.${index}`,
            code: "not_found",
            message: { de: `${loopId} gibt es nicht.`, en: `${loopId} does not exist.` },
          },
        ]);
      }
      loopsToClose.push(loop);
    }
    const meta = { now, authorId: actor.userId };
    const interactionId = await insertInteraction(db, actor.workspaceId, data, meta);
    const factIds: string[] = [];
    for (const [index, fact] of data.facts.entries()) {
      const factId = await insertFact(
        db,
        actor.workspaceId,
        { ...fact, learnedOn: day, interactionId },
        meta,
      );
      const fields = [{ requestField: `facts.${index}.text`, rowField: "text" }];
      await recordSensitive(
        ctx,
        actor,
        db,
        { table: "facts", id: factId, personId: fact.personId, fields },
        findings,
        data.sensitive,
      );
      factIds.push(factId);
    }
    const loopIds: string[] = [];
    for (const loop of data.openLoops) {
      loopIds.push(
        await insertOpenLoop(db, actor.workspaceId, { ...loop, closedOn: null, interactionId }, meta),
      );
    }
    for (const loop of loopsToClose) {
      if (!loop.closedOn) await updateOpenLoop(db, loop, { closedOn: day }, { now });
    }
    if (data.selfCheck) {
      const reflectionId = await insertReflection(
        db,
        actor.workspaceId,
        { ...data.selfCheck, interactionId },
        meta,
      );
      const fields = [{ requestField: "selfCheck.note", rowField: "note" }];
      await recordSensitive(
        ctx,
        actor,
        db,
        { table: "reflections", id: reflectionId, personId: null, fields },
        findings,
        data.sensitive,
      );
    }
    return { interactionId, factIds, loopIds };
  });
  const [interaction, facts, openLoops] = await Promise.all([
    findInteraction(ctx.store.db, actor.workspaceId, result.interactionId),
    findFacts(ctx.store.db, actor.workspaceId, result.factIds, actor.userId),
    Promise.all(result.loopIds.map((id) => findOpenLoop(ctx.store.db, actor.workspaceId, id))),
  ]);
  const restrictions = await contactRestrictions(ctx.store.db, actor.workspaceId, data.participantIds, day);
  return {
    interaction,
    warnings: [...restrictions.values()].flat().map((r) => r.warning),
    facts: facts as Fact[],
    openLoops: openLoops.filter((l): l is OpenLoop => l !== undefined),
    closedLoopIds: data.closeLoopIds,
  };
}
