import fc from "fast-check";
import { expect, it } from "vitest";
import { summariseInteractions } from "../core/relationship/index.ts";
import { INTERACTION_KINDS, PARTIES, type Rating } from "../core/vocabulary.ts";
import { updateInteraction } from "../services/interactions.ts";
import {
  actorOf,
  buildFact,
  buildInteraction,
  buildPerson,
  buildUser,
  buildWorkspace,
  testContext,
} from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";
import { loadContactSignals, PACKED_FIELDS, unpackPerson } from "./contact-signals.ts";

const rating = fc.option(fc.constantFrom<Rating>(1, 2, 3, 4, 5), { nil: null });
const interaction = fc.record({
  // Two years back and a little into the future: rows after `now` must count nowhere.
  occurredAt: fc
    .integer({ min: Date.parse("2024-11-01T00:00:00Z"), max: Date.parse("2026-12-15T00:00:00Z") })
    .map((ms) => new Date(ms).toISOString()),
  kind: fc.constantFrom(...INTERACTION_KINDS),
  initiatedBy: fc.constantFrom(...PARTIES),
  personal: fc.boolean(),
  trust: rating,
  resistance: rating,
});

describeEachStore("store: contact signals match the pure reference", (store) => {
  it("the GROUP BY gives exactly what summariseInteractions computes from the rows, for generated histories", async () => {
    const ctx = testContext(store());
    const now = ctx.clock().toISOString();
    const histories = fc.sample(fc.array(interaction, { minLength: 0, maxLength: 25 }), {
      numRuns: 6,
      seed: 20261127,
    });
    const { actor, workspace } = await buildWorkspace(ctx);
    const colleague = actorOf(await buildUser(ctx, workspace.id));
    for (const history of histories) {
      const person = await buildPerson(ctx, actor, { importance: 2 });
      for (const row of history) await buildInteraction(ctx, actor, [person.id], row);
      await buildFact(ctx, actor, person.id);
      // A colleague's private fact must not count for this viewer; a shared one must.
      await buildFact(ctx, colleague, person.id, { text: "privat" });
      await buildFact(ctx, colleague, person.id, { text: "geteilt", shared: true });
      const [fromSql] = await loadContactSignals(ctx.store.db, {
        workspaceId: actor.workspaceId,
        viewerId: actor.userId,
        scope: { personIds: [person.id] },
        now,
      });
      const reference = summariseInteractions(person, history, 2, now);
      expect(fromSql).toMatchObject(reference);
    }
  });

  it("follows edits: changing an interaction's rating, kind or people changes the signals (no stale copies)", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    const anna = await buildPerson(ctx, actor);
    const ben = await buildPerson(ctx, actor);
    const interaction = await buildInteraction(ctx, actor, [anna.id], {
      kind: "call",
      trust: 2,
      initiatedBy: "me",
    });
    await updateInteraction(ctx, actor, interaction.id, {
      trust: 5,
      kind: "meal",
      initiatedBy: "them",
      participantIds: [ben.id],
    });
    const now = ctx.clock().toISOString();
    const load = (personId: string) =>
      loadContactSignals(ctx.store.db, {
        workspaceId: actor.workspaceId,
        viewerId: actor.userId,
        scope: { personIds: [personId] },
        now,
      });
    const [forBen] = await load(ben.id);
    expect(forBen).toMatchObject({
      interactionCount: 1,
      faceToFaceCount: 1,
      theyInitiatedCount: 1,
      trustRecentSum: 5,
    });
    const [forAnna] = await load(anna.id);
    expect(forAnna?.interactionCount).toBe(0);
  });

  it("scopes to the user's own contacts", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    const colleague = actorOf(await buildUser(ctx, workspace.id));
    const mine = await buildPerson(ctx, actor);
    await buildPerson(ctx, colleague);
    await buildPerson(ctx, actor, { isContact: false });
    const rows = await loadContactSignals(ctx.store.db, {
      workspaceId: actor.workspaceId,
      viewerId: actor.userId,
      scope: { ownerId: actor.userId },
      now: ctx.clock().toISOString(),
    });
    expect(rows.map((r) => r.personId)).toEqual([mine.id]);
  });
});

it("reads a packed person row back field by field in the order the query packs it", () => {
  // Each position holds its own field name: any drift between the column lists and the
  // hand-written read-back shows up as a field holding another field's name.
  const row = unpackPerson([...PACKED_FIELDS]) as unknown as Record<string, unknown>;
  expect(Object.keys(row)).toEqual(PACKED_FIELDS);
  for (const field of PACKED_FIELDS) expect(row[field]).toBe(field);
});
