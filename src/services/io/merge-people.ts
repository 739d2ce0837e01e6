import { z } from "zod";
import { NotFoundError, ValidationError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import type { Person } from "../../core/model/person.ts";
import { id } from "../../core/schemas/common.ts";
import { parseInput } from "../../core/validation.ts";
import { mergePersonInto } from "../../store/merge-people.ts";
import { auditAs } from "../audit.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "../context.ts";
import { getPerson } from "../people.ts";

export const mergeInput = z.strictObject({ mergeId: id });

/**
 * Merges two records of the same person: `keepId` stays and gains everything of the other
 * (facts, conversations, open loops, relations, gifts, deal roles, channels, tags, empty fields);
 * the other is deleted. One transaction: the merge happens whole or not at all.
 */
export async function mergePeople(
  ctx: ServiceContext,
  actor: Actor,
  keepId: string,
  input: unknown,
): Promise<Person> {
  requireWrite(actor);
  const { mergeId } = parseInput(mergeInput, input);
  if (mergeId === keepId) {
    throw new ValidationError([
      {
        field: "mergeId",
        code: "invalid",
        message: {
          de: "Eine Person kann nicht mit sich selbst zusammengeführt werden.",
          en: "A person cannot be merged with itself.",
        },
      },
    ]);
  }
  await inTransaction(ctx, async (db) => {
    const merged = await mergePersonInto(db, actor.workspaceId, keepId, mergeId, {
      now: nowIso(ctx),
      viewerId: actor.userId,
    });
    if (!merged) {
      const exists = await db
        .selectFrom("people")
        .select("id")
        .where("workspace_id", "=", actor.workspaceId)
        .where("id", "=", keepId)
        .executeTakeFirst();
      if (!exists) throw new NotFoundError("person", keepId);
      throw new ValidationError([
        {
          field: "mergeId",
          code: "not_found",
          message: { de: `${mergeId} gibt es nicht.`, en: `${mergeId} does not exist.` },
        },
      ]);
    }
    // A merge deletes a record; the log keeps which one went into which.
    await auditAs(
      ctx,
      actor,
      "merge",
      { target: { type: "person", id: keepId }, detail: { mergedId: mergeId } },
      db,
    );
  });
  return getPerson(ctx, actor, keepId);
}
