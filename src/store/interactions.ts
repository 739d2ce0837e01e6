import type { Selectable } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { Interaction } from "../core/model/interaction.ts";
import type {
  InteractionCreateInput,
  InteractionListQuery,
  InteractionUpdateInput,
} from "../core/schemas/interaction.ts";
import type { InteractionKind, Party, Rating } from "../core/vocabulary.ts";
import { fromFlag, toFlag } from "./booleans.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import { groupBy } from "./people.ts";
import type { InteractionsTable } from "./schema.ts";

export async function insertInteraction(
  db: Db,
  workspaceId: string,
  input: InteractionCreateInput,
  meta: { now: IsoDateTime; authorId: string; id?: string },
): Promise<string> {
  const id = meta.id ?? newId();
  await db
    .insertInto("interactions")
    .values({
      id,
      workspace_id: workspaceId,
      author_id: meta.authorId,
      occurred_at: input.occurredAt,
      kind: input.kind,
      initiated_by: input.initiatedBy,
      summary: input.summary,
      personal: toFlag(input.personal),
      atmosphere: input.atmosphere,
      trust: input.trust,
      resistance: input.resistance,
      outcome: input.outcome,
      created_at: meta.now,
      updated_at: meta.now,
    })
    .execute();
  await replaceParticipants(db, workspaceId, id, input.participantIds, input);
  return id;
}

export async function updateInteraction(
  db: Db,
  current: Interaction,
  patch: InteractionUpdateInput,
  meta: { now: IsoDateTime },
): Promise<void> {
  await db
    .updateTable("interactions")
    .set({
      ...(patch.occurredAt !== undefined ? { occurred_at: patch.occurredAt } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.initiatedBy !== undefined ? { initiated_by: patch.initiatedBy } : {}),
      ...(patch.summary !== undefined ? { summary: patch.summary } : {}),
      ...(patch.personal !== undefined ? { personal: toFlag(patch.personal) } : {}),
      ...(patch.atmosphere !== undefined ? { atmosphere: patch.atmosphere } : {}),
      ...(patch.trust !== undefined ? { trust: patch.trust } : {}),
      ...(patch.resistance !== undefined ? { resistance: patch.resistance } : {}),
      ...(patch.outcome !== undefined ? { outcome: patch.outcome } : {}),
      updated_at: meta.now,
    })
    .where("id", "=", current.id)
    .where("workspace_id", "=", current.workspaceId)
    .execute();
  // The participant rows carry copies of the interaction's signal columns: rewrite them on any change.
  await replaceParticipants(
    db,
    current.workspaceId,
    current.id,
    patch.participantIds ?? current.participantIds,
    {
      ...current,
      ...patch,
    },
  );
}

async function replaceParticipants(
  db: Db,
  workspaceId: string,
  interactionId: string,
  personIds: string[],
  copied: Pick<Interaction, "occurredAt" | "kind" | "initiatedBy" | "personal"> & {
    trust: number | null;
    resistance: number | null;
  },
): Promise<void> {
  await db.deleteFrom("interaction_participants").where("interaction_id", "=", interactionId).execute();
  const distinct = [...new Set(personIds)];
  await db
    .insertInto("interaction_participants")
    .values(
      distinct.map((personId) => ({
        workspace_id: workspaceId,
        interaction_id: interactionId,
        person_id: personId,
        occurred_at: copied.occurredAt,
        kind: copied.kind,
        initiated_by: copied.initiatedBy,
        personal: toFlag(copied.personal),
        trust: copied.trust,
        resistance: copied.resistance,
      })),
    )
    .execute();
}

export async function deleteInteraction(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("interactions")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

export async function findInteractions(db: Db, workspaceId: string, ids: string[]): Promise<Interaction[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("interactions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .execute();
  const byId = new Map((await hydrate(db, rows)).map((i) => [i.id, i]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findInteraction(db: Db, workspaceId: string, id: string) {
  return (await findInteractions(db, workspaceId, [id]))[0];
}

export async function listInteractions(
  db: Db,
  workspaceId: string,
  query: InteractionListQuery,
): Promise<{ items: Interaction[]; total: number }> {
  let base = db.selectFrom("interactions").where("interactions.workspace_id", "=", workspaceId);
  const personId = query.personId;
  if (personId) {
    // Through the participants' (person_id, occurred_at) index: the latest of one person is a range.
    base = base.where((eb) =>
      eb(
        "interactions.id",
        "in",
        eb.selectFrom("interaction_participants").select("interaction_id").where("person_id", "=", personId),
      ),
    );
  }
  if (query.kind) base = base.where("interactions.kind", "=", query.kind);
  if (query.from) base = base.where("interactions.occurred_at", ">=", query.from);
  if (query.to) base = base.where("interactions.occurred_at", "<", `${query.to}T24`);
  const [rows, count] = await Promise.all([
    base
      .selectAll("interactions")
      .orderBy("interactions.occurred_at", "desc")
      .orderBy("interactions.id", "desc")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items: await hydrate(db, rows), total: Number(count.total) };
}

async function hydrate(db: Db, rows: Selectable<InteractionsTable>[]): Promise<Interaction[]> {
  if (rows.length === 0) return [];
  const participants = await db
    .selectFrom("interaction_participants")
    .select(["interaction_id", "person_id"])
    .where(
      "interaction_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("person_id")
    .execute();
  const participantsOf = groupBy(participants, (p) => p.interaction_id);
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    authorId: row.author_id,
    occurredAt: row.occurred_at,
    kind: row.kind as InteractionKind,
    initiatedBy: row.initiated_by as Party,
    summary: row.summary,
    personal: fromFlag(row.personal),
    atmosphere: row.atmosphere as Rating | null,
    trust: row.trust as Rating | null,
    resistance: row.resistance as Rating | null,
    outcome: row.outcome,
    participantIds: (participantsOf.get(row.id) ?? []).map((p) => p.person_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** The rated conversations of one person, oldest first: the raw material of their trend lines. */
export async function listRatingsOf(db: Db, workspaceId: string, personId: string) {
  const rows = await db
    .selectFrom("interaction_participants as ip")
    .innerJoin("interactions as i", "i.id", "ip.interaction_id")
    .select(["i.id", "i.occurred_at", "i.atmosphere", "i.trust", "i.resistance"])
    .where("ip.workspace_id", "=", workspaceId)
    .where("ip.person_id", "=", personId)
    .where((eb) =>
      eb.or([
        eb("i.atmosphere", "is not", null),
        eb("i.trust", "is not", null),
        eb("i.resistance", "is not", null),
      ]),
    )
    .orderBy("i.occurred_at")
    .orderBy("i.id")
    .execute();
  return rows.map((r) => ({
    interactionId: r.id,
    occurredAt: r.occurred_at,
    atmosphere: r.atmosphere,
    trust: r.trust,
    resistance: r.resistance,
  }));
}
