import { expect, it } from "vitest";
import { buildPerson, buildWorkspace, testContext } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";
import { insertFact } from "./facts.ts";
import { addImportedDates } from "./imported-dates.ts";

// addImportedDates writes an import's anniversaries in bulk; what it writes must be what insertFact
// writes for one fact typed in, or imported dates would be found, shown or undone differently.

describeEachStore("store: imported dates", (store) => {
  it("writes the same fact rows and search terms as insertFact, in one statement per table", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    const [anna, ben] = [
      await buildPerson(ctx, actor, { firstName: "Anna", lastName: "Alt" }),
      await buildPerson(ctx, actor, { firstName: "Ben", lastName: "Bulk" }),
    ];
    const now = "2026-12-07T10:00:00.000Z";
    const text = "Wedding anniversary";
    const db = ctx.store.db;
    await insertFact(
      db,
      actor.workspaceId,
      {
        personId: anna.id,
        category: "important_date",
        text,
        refersTo: "2010-06-12",
        learnedOn: "2026-12-07",
        interactionId: null,
        shared: false,
      },
      { now, authorId: actor.userId, importRunId: null },
    );
    await addImportedDates(db, actor.workspaceId, [{ personId: ben.id, refersTo: "2010-06-12", text }], {
      now,
      authorId: actor.userId,
      learnedOn: "2026-12-07",
      importRunId: null,
    });
    const facts = await db.selectFrom("facts").selectAll().orderBy("person_id").execute();
    const terms = await db
      .selectFrom("search_terms")
      .select(["workspace_id", "term", "entity_type", "entity_id", "visible_to"])
      .where("entity_type", "=", "fact")
      .orderBy("term")
      .execute();
    expect(facts).toHaveLength(2);
    const [typed, imported] = [anna.id, ben.id].map((personId) => {
      const fact = facts.find((f) => f.person_id === personId);
      if (!fact) throw new Error("fact missing");
      const { id, person_id: _, ...rest } = fact;
      const factTerms = terms.filter((t) => t.entity_id === id).map(({ entity_id: _id, ...term }) => term);
      return { row: rest, terms: factTerms };
    });
    expect(imported).toEqual(typed);
    // Private to its author, as any fact until it is shared.
    expect(imported?.terms.map((t) => t.visible_to)).toEqual([actor.userId, actor.userId]);
  });
});
