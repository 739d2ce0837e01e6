import { expect, it } from "vitest";
import { createPerson } from "../../services/people.ts";
import { buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import { sampleContacts } from "./scope.ts";

describeEachStore("store: analytics sample of contacts", (store) => {
  it("takes every contact up to the limit, and beyond it a fixed subset of at most the limit", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    for (let i = 0; i < 60; i += 1) await createPerson(ctx, actor, { lastName: `Kunde ${i}` });
    await createPerson(ctx, actor, { lastName: "Kind", isContact: false });
    const mine = { workspaceId: workspace.id, ownerId: actor.userId };

    const all = await sampleContacts(store().db, mine, 100);
    expect(all.total).toBe(60);
    expect(all.ids).toHaveLength(60);

    const some = await sampleContacts(store().db, mine, 20);
    expect(some.total).toBe(60);
    expect(some.ids.length).toBeGreaterThan(0);
    expect(some.ids.length).toBeLessThanOrEqual(20);
    expect(some.ids.every((id) => all.ids.includes(id))).toBe(true);
    // the same contacts on every request, so a chart does not flicker
    expect((await sampleContacts(store().db, mine, 20)).ids).toEqual(some.ids);

    const team = await sampleContacts(store().db, { workspaceId: workspace.id, ownerId: null }, 100);
    expect(team.total).toBe(60);
  });
});
