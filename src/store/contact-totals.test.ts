import { sql } from "kysely";
import { expect, it } from "vitest";
import { fullName } from "../core/model/person.ts";
import { summariseInteractions } from "../core/relationship/index.ts";
import { deleteInteraction, updateInteraction } from "../services/interactions.ts";
import { mergePeople } from "../services/io/merge-people.ts";
import { deletePerson } from "../services/people.ts";
import { erasePerson } from "../services/privacy/erasure.ts";
import { buildInteraction, buildPerson, buildWorkspace, testContext } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";
import { loadContactSignals } from "./contact-signals.ts";
import { rebuildContactTotals } from "./migrations/20261127T0900-contact-totals.ts";
import type { Db } from "./open-store.ts";

/** The workspace's totals with numbers as numbers (PostgreSQL returns bigint sums as text). */
async function snapshotTotals(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom("contact_totals as t")
    .innerJoin("people as p", "p.id", "t.person_id")
    .selectAll("t")
    .where("p.workspace_id", "=", workspaceId)
    .where("t.interaction_count", ">", 0)
    .execute();
  return rows
    .map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v === "string" && k !== "person_id" && !k.endsWith("_at") ? Number(v) : v,
        ]),
      ),
    )
    .sort((a, b) => String(a.person_id).localeCompare(String(b.person_id)));
}

describeEachStore("store: contact totals kept by triggers", (store) => {
  it("after logging, editing, deleting, merging, erasing and deleting people, the totals equal a rebuild from scratch", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    const anna = await buildPerson(ctx, actor, { firstName: "Anna", lastName: "Adler" });
    const ben = await buildPerson(ctx, actor, { firstName: "Ben", lastName: "Berg" });
    const cora = await buildPerson(ctx, actor, { firstName: "Cora", lastName: "Conrad" });
    const dirk = await buildPerson(ctx, actor, { firstName: "Dirk", lastName: "Dorn" });
    const shared = await buildInteraction(ctx, actor, [anna.id, ben.id], {
      kind: "meal",
      trust: 4,
      resistance: 2,
      occurredAt: "2026-03-01T10:00:00.000Z",
    });
    const early = await buildInteraction(ctx, actor, [anna.id], {
      kind: "call",
      initiatedBy: "them",
      occurredAt: "2021-05-01T10:00:00.000Z",
    });
    await buildInteraction(ctx, actor, [ben.id, cora.id], {
      trust: 5,
      occurredAt: "2025-02-01T10:00:00.000Z",
    });
    await buildInteraction(ctx, actor, [dirk.id], { personal: true });
    await updateInteraction(ctx, actor, shared.id, {
      kind: "email",
      trust: 1,
      participantIds: [anna.id, cora.id],
    });
    // Deleting the earliest interaction moves Anna's first contact forward.
    await deleteInteraction(ctx, actor, early.id);
    await mergePeople(ctx, actor, ben.id, { mergeId: cora.id });
    await erasePerson(ctx, actor, dirk.id, { confirmName: fullName(dirk) });
    await deletePerson(ctx, actor, anna.id);

    const kept = await snapshotTotals(ctx.store.db, actor.workspaceId);
    await rebuildContactTotals(ctx.store.db);
    expect(kept).toEqual(await snapshotTotals(ctx.store.db, actor.workspaceId));
    expect(kept.map((r) => r.person_id)).toEqual([ben.id]);
    expect(kept[0]).toMatchObject({ interaction_count: 2, first_at: "2025-02-01T10:00:00.000Z" });
  });

  it("a contact whose next meeting is planned and whose last real one is years back shows that one as last contact", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    const person = await buildPerson(ctx, actor);
    const history = [
      { occurredAt: "2023-06-01T10:00:00.000Z", kind: "meeting" as const, trust: 4 as const },
      { occurredAt: "2027-01-10T10:00:00.000Z", kind: "meeting" as const, trust: 5 as const },
    ];
    for (const row of history) await buildInteraction(ctx, actor, [person.id], row);
    const now = ctx.clock().toISOString();
    const [signals] = await loadContactSignals(ctx.store.db, {
      workspaceId: actor.workspaceId,
      viewerId: actor.userId,
      scope: { personIds: [person.id] },
      now,
    });
    expect(signals?.lastInteractionAt).toBe("2023-06-01T10:00:00.000Z");
    expect(signals).toMatchObject(
      summariseInteractions(
        person,
        history.map((h) => ({ ...h, initiatedBy: "me", personal: false, resistance: null })),
        0,
        now,
      ),
    );
  });

  it("the migration's backfill counts existing rows", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    const person = await buildPerson(ctx, actor);
    await buildInteraction(ctx, actor, [person.id], {});
    await sql`delete from contact_totals`.execute(ctx.store.db);
    await rebuildContactTotals(ctx.store.db);
    const [row] = await snapshotTotals(ctx.store.db, actor.workspaceId);
    expect(row).toMatchObject({ person_id: person.id, interaction_count: 1 });
  });
});
