import { expect, it } from "vitest";
import {
  actorOf,
  buildFact,
  buildInteraction,
  buildPerson,
  buildUser,
  buildWorkspace,
  testContext,
} from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import { loadContactHistories } from "./histories.ts";

describeEachStore("store: contact histories for analytics", (store) => {
  it("reads only the viewer's own and shared facts, only up to the day, and nothing of another workspace", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    const colleague = actorOf(await buildUser(ctx, workspace.id));
    const person = await buildPerson(ctx, actor);
    await buildFact(ctx, actor, person.id, { learnedOn: "2026-03-01" });
    await buildFact(ctx, colleague, person.id, { text: "privat", learnedOn: "2026-04-01" });
    await buildFact(ctx, colleague, person.id, { text: "geteilt", shared: true, learnedOn: "2026-05-01" });
    await buildInteraction(ctx, actor, [person.id], { occurredAt: "2026-10-01T10:00:00Z", kind: "call" });
    await buildInteraction(ctx, actor, [person.id], { occurredAt: "2026-02-01T10:00:00Z", kind: "meal" });
    await buildInteraction(ctx, actor, [person.id], { occurredAt: "2026-12-01T10:00:00Z" });
    // Someone else's contact, with facts and interactions of its own, asked for by id.
    const other = await buildWorkspace(ctx, "Andere");
    const stranger = await buildPerson(ctx, other.actor);
    await buildFact(ctx, other.actor, stranger.id, { shared: true });
    await buildInteraction(ctx, other.actor, [stranger.id]);

    const histories = await loadContactHistories(ctx.store.db, {
      workspaceId: workspace.id,
      viewerId: actor.userId,
      personIds: [person.id, stranger.id],
      until: ctx.clock().toISOString(),
    });

    expect([...histories.keys()]).toEqual([person.id]);
    const history = histories.get(person.id);
    expect([...(history?.factDates ?? [])].sort()).toEqual(["2026-03-01", "2026-05-01"]);
    expect(history?.interactions.map((i) => [i.occurredAt.slice(0, 10), i.kind])).toEqual([
      ["2026-02-01", "meal"],
      ["2026-10-01", "call"],
    ]);
  });
});
