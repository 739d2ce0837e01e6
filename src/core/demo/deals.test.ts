import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  earlyWarning,
  readinessPlan,
  type Stakeholder,
  scoreCoverage,
  WARMTH_COOL_FROM,
  WARMTH_WARM_FROM,
} from "../coverage/index.ts";
import { addDays, daysBetween } from "../dates.ts";
import { DEFAULT_PIPELINE } from "../deals/pipeline.ts";
import { dealCloseInput, dealCreateInput, stakeholderInput } from "../schemas/deal.ts";
import { checkTenderDates, contactRules, tenderPhase } from "../tender/index.ts";
import { OUTCOME_REASONS } from "../vocabulary.ts";
import { generateDemo } from "./generate-demo.ts";
import type { DemoDeal, DemoPlan } from "./plan.ts";
import { closingTime, warmthOn } from "./warmth-on.ts";

const TODAY = "2026-11-27";
const plan = generateDemo({ seed: 42, today: TODAY, scale: "demo" });
const STAGE_KEYS = DEFAULT_PIPELINE.map((s) => s.key);

function personOf(demo: DemoPlan, key: string) {
  const person = demo.people.find((p) => p.key === key);
  if (!person) throw new Error(`no person ${key}`);
  return person;
}

function warmthOf(demo: DemoPlan, key: string, day: string): number {
  const facts = demo.facts.filter((f) => f.personKey === key).map((f) => f.learnedOn);
  return warmthOn(personOf(demo, key), demo.interactions, facts, day);
}

function tenders(demo: DemoPlan): DemoDeal[] {
  return demo.deals.filter((d) => d.tender !== null);
}

function tenderIn(demo: DemoPlan, phase: string, today: string): DemoDeal {
  const found = tenders(demo).filter((d) => d.tender && tenderPhase(d.tender, today) === phase);
  expect(found, phase).toHaveLength(1);
  return found[0] as DemoDeal;
}

function decisionMaker(deal: DemoDeal) {
  const dms = deal.stakeholders.filter((s) => s.role === "decision_maker");
  expect(dms, deal.key).toHaveLength(1);
  return dms[0] as DemoDeal["stakeholders"][number];
}

/** Keys resolve within the deal's account, histories run forward and end where the deal stands. */
function expectConsistentDeals(demo: DemoPlan, today: string): void {
  const keys = demo.deals.map((d) => d.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const deal of demo.deals) {
    const id = (key: string) => `00000000-0000-4000-8000-${String(key.length).padStart(12, "0")}`;
    const { key, companyKey, stakeholders, stageHistory, close, ...input } = deal;
    expect(
      () => dealCreateInput.parse({ ...input, companyId: id(companyKey), ownerId: null }),
      key,
    ).not.toThrow();
    for (const { personKey, warmthAtClose: _w, ...s } of stakeholders) {
      expect(stakeholderInput.parse({ ...s, personId: id(personKey) })).toEqual({
        ...s,
        personId: id(personKey),
      });
    }
    if (close) expect(dealCloseInput.parse(close)).toEqual(close);

    expect(deal.kind).toBe(deal.tender ? "tender" : "deal");
    expect(stageHistory[0]?.stage, key).toBe("lead");
    expect(stageHistory.at(-1)?.stage, key).toBe(deal.stage);
    const order = stageHistory.map((s) => STAGE_KEYS.indexOf(s.stage));
    expect(
      order.every((i, n) => i >= 0 && (n === 0 || i > (order[n - 1] ?? 0))),
      key,
    ).toBe(true);
    const days = stageHistory.map((s) => s.on);
    expect(
      days.every((d, n) => n === 0 || d > (days[n - 1] ?? "")),
      key,
    ).toBe(true);
    const end = close?.closedOn ?? today;
    expect(days.at(-1)! <= end && end <= today, key).toBe(true);
    if (close) expect(close.closedOn < today && close.closedOn >= addDays(today, -365), key).toBe(true);
    expect(deal.probability).toBe(
      close
        ? close.status === "won"
          ? 100
          : 0
        : DEFAULT_PIPELINE.find((s) => s.key === deal.stage)?.probability,
    );

    decisionMaker(deal);
    const people = new Set(stakeholders.map((s) => s.personKey));
    expect(people.size, key).toBe(stakeholders.length);
    for (const s of stakeholders) {
      const person = personOf(demo, s.personKey);
      expect(person.isContact && person.companyKey === companyKey, `${key} ${s.personKey}`).toBe(true);
      expect((person.knownSince ?? "") <= end, `${key} ${s.personKey}`).toBe(true);
      expect(s.warmthAtClose === null, key).toBe(close === null);
    }
  }
}

/** The story of "does friendship sell?" as the plan tells it. */
function story(demo: DemoPlan) {
  const closed = demo.deals.filter((d) => d.close !== null);
  const warm = closed.filter((d) => (decisionMaker(d).warmthAtClose ?? 0) >= WARMTH_WARM_FROM);
  const cold = closed.filter((d) => (decisionMaker(d).warmthAtClose ?? 0) < WARMTH_WARM_FROM);
  const winRate = (deals: DemoDeal[]) => deals.filter((d) => d.close?.status === "won").length / deals.length;
  const cycle = (deals: DemoDeal[]) =>
    deals.reduce((sum, d) => sum + daysBetween(d.stageHistory[0]?.on ?? "", d.close?.closedOn ?? ""), 0) /
    deals.length;
  return {
    closed,
    warm,
    cold,
    warmWins: winRate(warm),
    coldWins: winRate(cold),
    warmCycle: cycle(warm),
    coldCycle: cycle(cold),
  };
}

describe("generateDemo: deals and tenders", () => {
  it("writes valid, consistent deals for the API", () => {
    expectConsistentDeals(plan, TODAY);
  });

  it("has open deals in every stage of the default pipeline", () => {
    const open = plan.deals.filter((d) => d.close === null);
    expect(new Set(open.map((d) => d.stage))).toEqual(new Set(STAGE_KEYS));
    expect(open.length).toBeGreaterThanOrEqual(15);
    expect(open.every((d) => d.expectedCloseOn !== null && d.expectedCloseOn > TODAY)).toBe(true);
  });

  it("has exactly three tenders, one per phase as of today, with lawful dates", () => {
    expect(tenders(plan)).toHaveLength(3);
    const upcoming = tenderIn(plan, "before_publication", TODAY);
    const running = tenderIn(plan, "procedure_running", TODAY);
    const decided = tenderIn(plan, "closed", TODAY);
    expect(daysBetween(TODAY, upcoming.tender?.expectedPublicationOn ?? "")).toBeGreaterThanOrEqual(55);
    expect(daysBetween(TODAY, upcoming.tender?.expectedPublicationOn ?? "")).toBeLessThanOrEqual(65);
    expect(upcoming.close).toBeNull();
    expect(running.tender?.publishedOn).toBe(addDays(TODAY, -10));
    expect((running.tender?.submissionDeadline ?? "") > TODAY).toBe(true);
    expect(running.close).toBeNull();
    expect(
      contactRules("procedure_running", running.tender?.procedure ?? "open").personalContactAllowed,
    ).toBe(false);
    expect(decided.close).toMatchObject({ closedOn: decided.tender?.awardedOn });
    expect(OUTCOME_REASONS).toContain(decided.close?.reason);
    expect(decided.close?.note).toBeTruthy();
    for (const deal of tenders(plan))
      expect(
        checkTenderDates(deal.tender ?? { procedure: "open", publishedOn: null, submissionDeadline: null }),
        deal.key,
      ).toEqual([]);
  });

  it("gives the tender before publication a cold decision maker: early warning and a readiness plan", () => {
    const upcoming = tenderIn(plan, "before_publication", TODAY);
    const now = closingTime(TODAY);
    const stakeholders: Stakeholder[] = upcoming.stakeholders.map((s) => ({
      personId: s.personKey,
      name: s.personKey,
      role: s.role,
      influence: s.influence,
      warmth: warmthOf(plan, s.personKey, TODAY),
      lastContactAt: null,
    }));
    const dm = stakeholders.find((s) => s.role === "decision_maker");
    expect(personOf(plan, dm?.personId ?? "")).toMatchObject({ firstName: "Henrik", lastName: "Lindner" });
    expect(dm?.warmth).toBeLessThan(WARMTH_COOL_FROM);
    const coverage = scoreCoverage(stakeholders, now);
    const publication = upcoming.tender?.expectedPublicationOn ?? "";
    expect(earlyWarning(publication, coverage, TODAY)).not.toBeNull();
    const touches = readinessPlan(stakeholders, publication, TODAY);
    expect(touches.some((t) => t.personId === dm?.personId && t.date === TODAY)).toBe(true);
    expect(touches.every((t) => t.date < publication)).toBe(true);
  });

  it("closes deals over the past year, won and lost, for every reason, each with a note", () => {
    const { closed } = story(plan);
    expect(closed.length).toBeGreaterThanOrEqual(18);
    expect(new Set(closed.map((d) => d.close?.status))).toEqual(new Set(["won", "lost"]));
    expect(new Set(closed.map((d) => d.close?.reason))).toEqual(new Set(OUTCOME_REASONS));
    expect(closed.every((d) => (d.close?.note ?? "").length > 10)).toBe(true);
    const days = closed.map((d) => daysBetween(d.close?.closedOn ?? "", TODAY));
    expect(Math.min(...days)).toBeLessThan(45);
    expect(Math.max(...days)).toBeGreaterThan(300);
  });

  it("stores each stakeholder's warmth as the rules computed it on the day the deal was decided", () => {
    for (const deal of plan.deals.filter((d) => d.close)) {
      for (const s of deal.stakeholders) {
        expect(s.warmthAtClose, `${deal.key} ${s.personKey}`).toBe(
          warmthOf(plan, s.personKey, deal.close?.closedOn ?? ""),
        );
      }
    }
  });

  it("tells that friendship sells: warm decision makers win more often and sooner — but not always", () => {
    const { warm, cold, warmWins, coldWins, warmCycle, coldCycle } = story(plan);
    expect(warm.length).toBeGreaterThanOrEqual(5);
    expect(cold.length).toBeGreaterThanOrEqual(5);
    expect(warmWins).toBeGreaterThanOrEqual(coldWins + 0.4);
    expect(warmCycle).toBeLessThan(coldCycle);
    expect(warm.some((d) => d.close?.status === "lost" && d.close.reason === "price")).toBe(true);
    expect(cold.some((d) => d.close?.status === "won" && d.close.reason === "product")).toBe(true);
    const friends = warm.filter((d) => {
      const person = personOf(plan, decisionMaker(d).personKey);
      return person.stage === "trust" || person.stage === "friendship";
    });
    expect(friends.length).toBeGreaterThanOrEqual(warm.length - 1);
  });

  it("keeps deals, tenders and the story for any seed and any day", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 3000 }), (seed, offset) => {
        const today = addDays("2024-01-01", offset);
        const demo = generateDemo({ seed, today, scale: "demo" });
        expectConsistentDeals(demo, today);
        expect(new Set(demo.deals.filter((d) => !d.close).map((d) => d.stage))).toEqual(new Set(STAGE_KEYS));
        expect(tenders(demo)).toHaveLength(3);
        for (const phase of ["before_publication", "procedure_running", "closed"])
          tenderIn(demo, phase, today);
        const { warmWins, coldWins, warmCycle, coldCycle } = story(demo);
        expect(warmWins).toBeGreaterThan(coldWins);
        expect(warmCycle).toBeLessThan(coldCycle);
      }),
      // The example: an account whose people were all met after its closed deal's drawn day.
      { numRuns: 8, examples: [[1011843806, 0]] },
    );
  });
});
