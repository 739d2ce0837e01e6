import { expect, it } from "vitest";
import { DEFAULT_PIPELINE } from "../../core/deals/pipeline.ts";
import { generateDemo } from "../../core/demo/generate-demo.ts";
import { closingTime } from "../../core/demo/warmth-on.ts";
import { ConflictError, ForbiddenError } from "../../core/errors.ts";
import { scoreWarmth } from "../../core/relationship/index.ts";
import { loadContactSignals } from "../../store/contact-signals.ts";
import { actorOf, buildPerson, buildWorkspace, FIXED_NOW, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import { listCompanies } from "../companies.ts";
import { getBoard, getDeal, listDeals } from "../deals.ts";
import { listFacts } from "../facts.ts";
import { listInteractions } from "../interactions.ts";
import { listOpenLoops } from "../open-loops.ts";
import { getPerson, getPersonHistory, listPeople } from "../people.ts";
import { listRelations } from "../relations.ts";
import { search } from "../search.ts";
import { tenderAgenda } from "../tender-agenda.ts";
import { loadDemo } from "./load-demo.ts";

const TODAY = FIXED_NOW.toISOString().slice(0, 10);
const PLAN = generateDemo({ seed: 7, today: TODAY, scale: "demo" });

describeEachStore("loadDemo: the demo workspace", (store) => {
  it("writes the whole plan into the actor's workspace, owned by the actor and findable", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    const counts = await loadDemo(ctx, actor, { seed: 7 });

    expect(counts).toEqual({
      companies: PLAN.companies.length,
      people: PLAN.people.length,
      contacts: PLAN.people.filter((p) => p.isContact).length,
      relations: PLAN.relations.length,
      interactions: PLAN.interactions.length,
      facts: PLAN.facts.length,
      openLoops: PLAN.openLoops.length,
      deals: PLAN.deals.length,
      tenders: 3,
    });
    const contacts = await listPeople(ctx, actor, {});
    expect(contacts.total).toBe(counts.contacts);
    expect(contacts.total).toBeGreaterThan(180);
    expect(contacts.total).toBeLessThan(230);
    expect(contacts.items.every((p) => p.ownerId === actor.userId)).toBe(true);
    expect((await listPeople(ctx, actor, { includeNonContacts: "true" })).total).toBe(counts.people);
    expect((await listCompanies(ctx, actor, {})).total).toBe(40);
    expect((await listInteractions(ctx, actor, {})).total).toBe(counts.interactions);
    expect((await listFacts(ctx, actor, {})).total).toBe(counts.facts);
    expect((await listRelations(ctx, actor, {})).total).toBe(counts.relations);
    const openLoops = PLAN.openLoops.filter((o) => o.closedOn === null).length;
    expect((await listOpenLoops(ctx, actor, {})).total).toBe(openLoops);

    const hits = await search(ctx, actor, { q: "juergen mueller", types: "person" });
    const jurgen = hits.items.find((h) => h.title === "Jürgen Müller");
    expect(jurgen?.subtitle).toBe("Einkaufsleiter · Hansen Logistik GmbH");
    const person = await getPerson(ctx, actor, jurgen?.id ?? "");
    expect(person).toMatchObject({ stage: "friendship", addressForm: "du", addressFormOfferedBy: "them" });
    expect(person.createdAt < FIXED_NOW.toISOString()).toBe(true);

    const history = await getPersonHistory(ctx, actor, person.id);
    expect(history.stages.map((s) => s.stage)).toEqual([
      "business_contact",
      "acquaintance",
      "trust",
      "friendship",
    ]);
    expect(history.stages.map((s) => s.changedAt)).toEqual(
      [...history.stages.map((s) => s.changedAt)].sort(),
    );
    expect(history.addressForms).toEqual([
      expect.objectContaining({ form: "du", offeredBy: "them", changedOn: person.addressFormSince }),
    ]);
    const theirs = await listInteractions(ctx, actor, { personId: person.id, limit: 100 });
    const planned = PLAN.interactions.filter((i) => i.participantKeys.includes("p01-2"));
    expect(theirs.total).toBe(planned.length);
    expect(theirs.items.every((i) => i.authorId === actor.userId)).toBe(true);
    const ozlems = await search(ctx, actor, { q: "Özlem Yılmaz", types: "person" });
    const ozlem = ozlems.items.find((h) => h.subtitle?.endsWith("Stadtwerke Elbtal"));
    expect(await getPerson(ctx, actor, ozlem?.id ?? "")).toMatchObject({
      isPublicOfficial: true,
      cadenceDays: 30,
    });
    const marathon = await search(ctx, actor, { q: "halbmarathon", types: "fact" });
    expect(marathon.items.some((h) => h.personId === person.id)).toBe(true);
  });

  it("writes deals in every stage, the three tenders in their phases and closed deals with the warmth they had", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    await loadDemo(ctx, actor, { seed: 7 });
    const open = PLAN.deals.filter((d) => d.close === null);
    const closed = PLAN.deals.filter((d) => d.close !== null);

    const board = await getBoard(ctx, actor);
    expect(board.columns.map((c) => c.stage.key)).toEqual(DEFAULT_PIPELINE.map((s) => s.key));
    expect(board.columns.every((c) => c.count > 0)).toBe(true);
    expect(board.totals.count).toBe(open.length);
    expect(board.columns.flatMap((c) => c.deals).every((d) => d.ownerId === actor.userId)).toBe(true);

    const tenders = await listDeals(ctx, actor, { kind: "tender" });
    expect(tenders.total).toBe(3);
    const views = await Promise.all(tenders.items.map((d) => getDeal(ctx, actor, d.id)));
    const byPhase = new Map(views.map((v) => [v.tender?.phase, v]));
    expect([...byPhase.keys()].sort()).toEqual(["before_publication", "closed", "procedure_running"]);
    const upcoming = byPhase.get("before_publication");
    expect(upcoming?.tender?.earlyWarning?.daysUntilPublication).toBeGreaterThanOrEqual(55);
    const dm = upcoming?.stakeholders.find((s) => s.role === "decision_maker");
    expect(dm).toMatchObject({ name: "Henrik Lindner" });
    expect(upcoming?.tender?.readinessPlan.some((t) => t.personId === dm?.personId)).toBe(true);
    expect(byPhase.get("procedure_running")?.tender?.contactRules.personalContactAllowed).toBe(false);
    expect(byPhase.get("closed")?.deal.status).not.toBe("open");
    expect(views.every((v) => v.tender?.dateChecks.length === 0)).toBe(true);
    const agenda = await tenderAgenda(ctx, actor, FIXED_NOW.toISOString(), TODAY);
    expect(agenda.some((i) => i.kind === "tender_warning" && i.dealId === upcoming?.deal.id)).toBe(true);
    expect(agenda.some((i) => i.kind === "tender_touch" && i.personId === dm?.personId)).toBe(true);

    const won = await listDeals(ctx, actor, { status: "won", limit: 100 });
    const lost = await listDeals(ctx, actor, { status: "lost", limit: 100 });
    expect(won.total + lost.total).toBe(closed.length);
    for (const deal of [...won.items, ...lost.items]) {
      const planned = closed.find((d) => d.title === deal.title && d.close?.closedOn === deal.closedOn);
      expect(planned, deal.title).toBeDefined();
      expect(deal).toMatchObject({
        outcomeReason: planned?.close?.reason,
        outcomeNote: planned?.close?.note,
      });
      expect(deal.stakeholders.every((s) => s.warmthAtClose !== null)).toBe(true);
      expect(deal.stakeholders.map((s) => s.warmthAtClose).sort()).toEqual(
        planned?.stakeholders.map((s) => s.warmthAtClose).sort(),
      );
      const { history } = await getDeal(ctx, actor, deal.id);
      expect(history.map((h) => [h.stage, h.status, h.changedAt])).toEqual([
        ...(planned?.stageHistory ?? []).map((s) => [s.stage, "open", `${s.on}T08:00:00.000Z`]),
        [deal.stage, deal.status, closingTime(deal.closedOn ?? "")],
      ]);
    }
    // Where nothing about a stakeholder changed after the close, the store's own signals of that
    // day give the same warmth as the plan stored.
    let compared = 0;
    for (const deal of [...won.items, ...lost.items]) {
      const now = closingTime(deal.closedOn ?? "");
      const signals = await loadContactSignals(ctx.store.db, {
        workspaceId: actor.workspaceId,
        viewerId: actor.userId,
        scope: { personIds: deal.stakeholders.map((s) => s.personId) },
        now,
      });
      for (const signal of signals) {
        const matches = PLAN.people.filter(
          (p) => p.firstName === signal.firstName && p.lastName === signal.lastName,
        );
        const person = matches[0];
        const closedOn = deal.closedOn ?? "";
        const unchanged =
          matches.length === 1 &&
          person !== undefined &&
          person.stageHistory.every((s) => s.on <= closedOn) &&
          (person.addressFormSince ?? "") <= closedOn &&
          PLAN.facts.every((f) => f.personKey !== person.key || f.learnedOn < closedOn);
        if (!unchanged) continue;
        const stored = deal.stakeholders.find((s) => s.personId === signal.personId)?.warmthAtClose;
        expect(stored, `${deal.title} ${signal.lastName}`).toBe(scoreWarmth(signal, now).score);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(10);

    const stillOpen = await listDeals(ctx, actor, { status: "open", limit: 100 });
    expect(stillOpen.items.every((d) => d.stakeholders.every((s) => s.warmthAtClose === null))).toBe(true);
  });

  it("refuses a workspace that has people and writes nothing; other workspaces are untouched", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    const mine = await buildPerson(ctx, actor, { firstName: "Eigene", lastName: "Kundin" });
    const error = await loadDemo(ctx, actor, { seed: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).localized.de).toMatch(/schon 1 Personen/);
    const people = await listPeople(ctx, actor, { includeNonContacts: "true" });
    expect(people.items.map((p) => p.id)).toEqual([mine.id]);
    expect((await listCompanies(ctx, actor, {})).total).toBe(0);
    expect((await listInteractions(ctx, actor, {})).total).toBe(0);
  });

  // Two full loads and a clear, row by row through the store: several seconds on PostgreSQL.
  it("a second load is refused and changes nothing; replace swaps the old demo for a new one", async () => {
    const ctx = testContext(store());
    const { actor } = await buildWorkspace(ctx);
    const other = await buildWorkspace(ctx);
    const stranger = await buildPerson(ctx, other.actor, { lastName: "Fremd" });
    const first = await loadDemo(ctx, actor, { seed: 7 });
    const own = await buildPerson(ctx, actor, { firstName: "Nach", lastName: "Demo" });

    await expect(loadDemo(ctx, actor, { seed: 8 })).rejects.toBeInstanceOf(ConflictError);
    expect((await listPeople(ctx, actor, {})).total).toBe(first.contacts + 1);
    expect((await listInteractions(ctx, actor, {})).total).toBe(first.interactions);

    const second = await loadDemo(ctx, actor, { seed: 8, replace: true });
    const plan = generateDemo({ seed: 8, today: TODAY, scale: "demo" });
    expect(second.people).toBe(plan.people.length);
    expect((await listPeople(ctx, actor, { includeNonContacts: "true" })).total).toBe(plan.people.length);
    expect((await listCompanies(ctx, actor, {})).total).toBe(40);
    expect((await listInteractions(ctx, actor, {})).total).toBe(plan.interactions.length);
    expect((await listFacts(ctx, actor, {})).total).toBe(plan.facts.length);
    expect((await listDeals(ctx, actor, {})).total).toBe(plan.deals.length);
    expect((await search(ctx, actor, { q: "Nach Demo" })).items).toEqual([]);
    expect((await getPerson(ctx, other.actor, stranger.id)).lastName).toBe("Fremd");
    await expect(getPerson(ctx, actor, own.id)).rejects.toThrow();
  }, 60_000);

  it("needs write access", async () => {
    const ctx = testContext(store());
    const { owner } = await buildWorkspace(ctx);
    await expect(loadDemo(ctx, actorOf(owner, false), { seed: 7 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
