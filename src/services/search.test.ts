import { expect, it } from "vitest";
import { indexTerms, queryTerms } from "../core/search-terms.ts";
import { signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";
import { createFact } from "./facts.ts";
import { createPerson } from "./people.ts";
import { search } from "./search.ts";

// Multi-word search walks the rarest word's range and checks the other words per entity
// (decision 093). Below its bounds it must find exactly what "every word prefixes a term of the
// entity, private facts only for their author" finds, ranked exact words first.

const FIRST = ["Anna", "Jürgen", "Sabine", "Marie", "Annabelle"];
const LAST = ["Müller", "Mueller", "Becker", "Schmidt", "Anders"];
const FACTS = [
  "Läuft Halbmarathon in Hamburg",
  "Hat ein neues Haus",
  "Sammelt alte Landkarten",
  "Anna mag Tee",
];

describeEachStore("search: several words", (store) => {
  it("finds exactly the entities whose terms cover every word, and hides others' private facts", async () => {
    const { ctx, actor } = await signedInClient(store());
    const colleague = { ...actor, userId: (await signedInClient(store(), { ctx })).actor.userId };
    const texts = new Map<string, { text: string; visible: boolean }>();
    for (const [i, first] of FIRST.entries()) {
      for (const [j, last] of LAST.entries()) {
        const person = await createPerson(ctx, actor, { firstName: first, lastName: last });
        texts.set(person.id, { text: `${first} ${last}`, visible: true });
        const fact = FACTS[(i + j) % FACTS.length] ?? "";
        // Every other fact is the colleague's private note: never found by the actor.
        const mine = (i + j) % 2 === 0;
        const created = await createFact(ctx, mine ? actor : colleague, {
          personId: person.id,
          category: "other",
          text: fact,
          shared: false,
        });
        texts.set(created.id, { text: fact, visible: mine });
      }
    }
    for (const q of [
      "anna mü",
      "mü anna",
      "an mu",
      "ein haus",
      "sab sch",
      "anna tee",
      "m a",
      "hal ham",
      "zz an",
    ]) {
      const words = queryTerms(q);
      const expected = [...texts]
        .filter(
          ([, t]) => t.visible && words.every((w) => indexTerms(t.text).some((term) => term.startsWith(w))),
        )
        .map(([id]) => id)
        .sort();
      const found = (await search(ctx, actor, { q, limit: 100 })).items.map((h) => h.id);
      expect([...found].sort(), q).toEqual(expected);
    }
  });

  it("ranks entities matching the words exactly first", async () => {
    const { ctx, actor } = await signedInClient(store());
    const partly = await createPerson(ctx, actor, { firstName: "Annabelle", lastName: "Müller" });
    const exact = await createPerson(ctx, actor, { firstName: "Anna", lastName: "Müller" });
    const prefix = await createPerson(ctx, actor, { firstName: "Annabelle", lastName: "Müllerschön" });
    const hits = (await search(ctx, actor, { q: "anna müller" })).items.map((h) => h.id);
    expect(hits).toEqual([exact.id, partly.id, prefix.id]);
  });
});
