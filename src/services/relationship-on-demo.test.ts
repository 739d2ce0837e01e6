import { beforeAll, expect, it } from "vitest";
import { buildWorkspace, testContext } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";
import type { ServiceContext } from "./context.ts";
import { loadDemo } from "./demo/load-demo.ts";
import { getRelationship, getToday } from "./relationship.ts";
import { search } from "./search.ts";

// Cases a salesperson would recognise, on the demo workspace (clock: 2026-11-27).

describeEachStore("relationship engine on the demo workspace", (store) => {
  let ctx: ServiceContext;
  let actor: Awaited<ReturnType<typeof buildWorkspace>>["actor"];
  const personNamed = async (name: string) => {
    const { items } = await search(ctx, actor, { q: name, types: "person" });
    const hit = items.find((i) => i.title === name);
    if (!hit) throw new Error(`${name} not in the demo`);
    return hit.id;
  };

  beforeAll(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
    await loadDemo(ctx, actor, { seed: 42 });
  });

  it("Jürgen Müller — a friend for years, on Du since he offered it, who reaches out as often as we do — is warm (> 70), suggested nowhere lower than friendship, and his birthday in five days is on Heute", async () => {
    const id = await personNamed("Jürgen Müller");
    const relationship = await getRelationship(ctx, actor, id);
    expect(relationship.warmth.score).toBeGreaterThan(70);
    expect(relationship.stage).toBe("friendship");
    expect(relationship.warmth.parts.find((p) => p.key === "address_form")?.points).toBeGreaterThan(0);
    const today = await getToday(ctx, actor);
    expect(today.items.some((i) => i.personId === id && i.kind === "birthday")).toBe(true);
  });

  it("Henrik Lindner — the new technical director, met once about a hundred days ago — is cold (< 30): the relationship has not begun", async () => {
    const id = await personNamed("Henrik Lindner");
    const relationship = await getRelationship(ctx, actor, id);
    expect(relationship.warmth.score).toBeLessThan(30);
    expect(relationship.stage).toBe("business_contact");
    const recency = relationship.warmth.parts.find((p) => p.key === "recency");
    expect(recency?.points).toBeLessThan(0);
    expect(recency?.text.de).toMatch(/Letzter Kontakt vor \d+ Tagen/);
  });

  it("Ralf Kessler — caution: he used our offer only as price leverage — gets business follow-ups with the reason shown, never a personal nudge or a birthday greeting", async () => {
    const id = await personNamed("Ralf Kessler");
    const today = await getToday(ctx, actor);
    const his = today.items.filter((i) => i.personId === id);
    expect(his.every((i) => i.nudge !== "personal")).toBe(true);
    expect(his.some((i) => i.kind === "birthday")).toBe(false);
    for (const item of his) expect(item.caution?.de).toMatch(/Preishebel|Vorsicht/);
    const relationship = await getRelationship(ctx, actor, id);
    expect(relationship.stageSuggestion).toBeNull();
  });

  it("Heute is deterministic for a given day and never lists a keep-professional contact personally", async () => {
    const first = await getToday(ctx, actor);
    const second = await getToday(ctx, actor);
    expect(second.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(first.items.length).toBeGreaterThan(10);
    const klaus = await personNamed("Klaus Brenner");
    expect(first.items.filter((i) => i.personId === klaus).every((i) => i.nudge !== "personal")).toBe(true);
  });
});
