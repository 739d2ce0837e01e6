import type { IsoDateTime } from "../core/dates.ts";
import type { SelfCheckAnswer, SelfCheckInput } from "../core/schemas/conversation.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";

export interface Reflection extends SelfCheckInput {
  id: string;
  interactionId: string;
  authorId: string;
  createdAt: IsoDateTime;
}

export async function insertReflection(
  db: Db,
  workspaceId: string,
  input: SelfCheckInput & { interactionId: string },
  meta: { now: IsoDateTime; authorId: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto("reflections")
    .values({
      id,
      workspace_id: workspaceId,
      interaction_id: input.interactionId,
      author_id: meta.authorId,
      relaxed: input.relaxed,
      smiled: input.smiled,
      listened: input.listened,
      distance: input.distance,
      friend_tone: input.friendTone,
      note: input.note,
      created_at: meta.now,
    })
    .execute();
  return id;
}

/** The author's own self-checks with the atmosphere they met, oldest first (private to the author). */
export async function listSelfChecks(db: Db, workspaceId: string, authorId: string) {
  const rows = await db
    .selectFrom("reflections as r")
    .innerJoin("interactions as i", "i.id", "r.interaction_id")
    .select([
      "r.id",
      "r.interaction_id",
      "r.relaxed",
      "r.smiled",
      "r.listened",
      "r.distance",
      "r.friend_tone",
      "r.note",
      "i.occurred_at",
      "i.atmosphere",
      "i.trust",
      "i.resistance",
    ])
    .where("r.workspace_id", "=", workspaceId)
    .where("r.author_id", "=", authorId)
    .orderBy("i.occurred_at")
    .orderBy("r.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    interactionId: r.interaction_id,
    occurredAt: r.occurred_at,
    answers: {
      relaxed: r.relaxed as SelfCheckAnswer,
      smiled: r.smiled as SelfCheckAnswer,
      listened: r.listened as SelfCheckAnswer,
      distance: r.distance as SelfCheckAnswer,
      friendTone: r.friend_tone as SelfCheckAnswer,
    },
    note: r.note,
    atmosphere: r.atmosphere,
    trust: r.trust,
    resistance: r.resistance,
  }));
}

export async function findReflectionFor(db: Db, interactionId: string, authorId: string) {
  return db
    .selectFrom("reflections")
    .selectAll()
    .where("interaction_id", "=", interactionId)
    .where("author_id", "=", authorId)
    .executeTakeFirst();
}
