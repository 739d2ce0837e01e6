import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate, nextYearlyOccurrence } from "../dates.ts";
import { summariseInteractions } from "../relationship/signals.ts";
import { assessStage } from "../relationship/suggest-stage.ts";
import { companyCreateInput } from "../schemas/company.ts";
import { factCreateInput } from "../schemas/fact.ts";
import { interactionCreateInput } from "../schemas/interaction.ts";
import { openLoopCreateInput } from "../schemas/open-loop.ts";
import { personCreateInput } from "../schemas/person.ts";
import { relationCreateInput } from "../schemas/relation.ts";
import { FACT_CATEGORIES, STAGES, STANCES, type Stage } from "../vocabulary.ts";
import { generateDemo, generateDemoBatches } from "./generate-demo.ts";
import type { DemoInteraction, DemoPerson, DemoPlan } from "./plan.ts";

const TODAY = "2026-11-27";
const plan = generateDemo({ seed: 42, today: TODAY, scale: "demo" });
const contacts = plan.people.filter((p) => p.isContact);

function interactionsOf(person: DemoPerson, of: DemoPlan = plan): DemoInteraction[] {
  return of.interactions.filter((i) => i.participantKeys.includes(person.key));
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Every key points at a row that exists, and dates lie where the story needs them. */
function expectConsistent(demo: DemoPlan, today: string): void {
  const people = new Set(demo.people.map((p) => p.key));
  const interactions = new Set(demo.interactions.map((i) => i.key));
  const companies = new Set(demo.companies.map((c) => c.key));
  const keys = [...demo.people, ...demo.interactions, ...demo.facts, ...demo.openLoops].map((r) => r.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const p of demo.people) {
    expect(p.firstName.length + p.lastName.length, p.key).toBeGreaterThan(0);
    if (p.companyKey) expect(companies.has(p.companyKey)).toBe(true);
    expect(p.stageHistory.at(-1)?.stage).toBe(p.stage);
  }
  for (const r of demo.relations) {
    expect(people.has(r.personKey) && people.has(r.relatedPersonKey), JSON.stringify(r)).toBe(true);
    expect(r.personKey).not.toBe(r.relatedPersonKey);
  }
  const knownSince = new Map(demo.people.map((p) => [p.key, p.knownSince ?? today]));
  for (const i of demo.interactions) {
    expect(i.participantKeys.length).toBeGreaterThan(0);
    expect(i.participantKeys.every((k) => people.has(k))).toBe(true);
    expect(
      i.participantKeys.every((k) => (knownSince.get(k) ?? today) <= i.occurredAt.slice(0, 10)),
      i.key,
    ).toBe(true);
    expect(i.occurredAt < `${today}T00:00:00.000Z`).toBe(true);
    expect(i.occurredAt >= `${addDays(today, -365)}T00:00:00.000Z`).toBe(true);
  }
  for (const f of demo.facts) {
    expect(people.has(f.personKey)).toBe(true);
    if (f.interactionKey) expect(interactions.has(f.interactionKey)).toBe(true);
    expect(f.learnedOn < today).toBe(true);
  }
  for (const o of demo.openLoops) {
    expect(people.has(o.personKey)).toBe(true);
    if (o.interactionKey) expect(interactions.has(o.interactionKey)).toBe(true);
    if (o.closedOn) expect(o.closedOn < today).toBe(true);
  }
}

/** Each row, with keys swapped for ids, passes the API's own input schema. */
function expectValidInputs(demo: DemoPlan): void {
  const id = (key: string | null) =>
    key === null ? null : `00000000-0000-4000-8000-${String(key.length).padStart(12, "0")}`;
  for (const { key: _key, ...company } of demo.companies)
    expect(companyCreateInput.parse(company)).toEqual(company);
  for (const { key: _key, companyKey, stageHistory: _history, ...person } of demo.people) {
    expect(() => personCreateInput.parse({ ...person, companyId: id(companyKey) })).not.toThrow();
  }
  for (const { personKey, relatedPersonKey, ...relation } of demo.relations) {
    relationCreateInput.parse({
      ...relation,
      personId: id(personKey),
      relatedPersonId: id(relatedPersonKey),
    });
  }
  for (const { key: _key, participantKeys, ...interaction } of demo.interactions) {
    interactionCreateInput.parse({ ...interaction, participantIds: participantKeys.map(id) });
  }
  for (const { key: _key, personKey, interactionKey, ...fact } of demo.facts) {
    factCreateInput.parse({ ...fact, personId: id(personKey), interactionId: id(interactionKey) });
  }
  for (const { key: _key, personKey, interactionKey, ...loop } of demo.openLoops) {
    openLoopCreateInput.parse({ ...loop, personId: id(personKey), interactionId: id(interactionKey) });
  }
}

describe("generateDemo", () => {
  it("is deterministic: the same seed and day give the same workspace, another seed another", () => {
    expect(generateDemo({ seed: 42, today: TODAY, scale: "demo" })).toEqual(plan);
    const other = generateDemo({ seed: 43, today: TODAY, scale: "demo" });
    expect(other.people.map((p) => p.lastName)).not.toEqual(plan.people.map((p) => p.lastName));
  });

  it("streams as batches that add up to the whole, each referring only to itself and earlier ones", () => {
    const seen = new Set<string>();
    const merged: DemoPlan = {
      companies: [],
      people: [],
      relations: [],
      interactions: [],
      facts: [],
      openLoops: [],
      deals: [],
    };
    for (const batch of generateDemoBatches({ seed: 42, today: TODAY, scale: "demo" })) {
      for (const p of batch.people) seen.add(p.key);
      for (const r of batch.relations)
        expect(seen.has(r.personKey) && seen.has(r.relatedPersonKey)).toBe(true);
      for (const i of batch.interactions) expect(i.participantKeys.every((k) => seen.has(k))).toBe(true);
      for (const d of batch.deals) expect(d.stakeholders.every((s) => seen.has(s.personKey))).toBe(true);
      for (const key of Object.keys(merged) as Array<keyof DemoPlan>) {
        (merged[key] as unknown[]).push(...batch[key]);
      }
    }
    expect(merged).toEqual(plan);
  });

  it("has about 200 contacts in 40 accounts, their families, a year of interactions, facts and loops", () => {
    expect(plan.companies).toHaveLength(40);
    expect(contacts.length).toBeGreaterThanOrEqual(180);
    expect(contacts.length).toBeLessThanOrEqual(230);
    const family = plan.people.filter((p) => !p.isContact);
    expect(family.length).toBeGreaterThan(30);
    expect(plan.interactions.length).toBeGreaterThan(1000);
    expect(plan.interactions.length).toBeLessThan(3000);
    expect(plan.facts.length).toBeGreaterThan(300);
    expect(plan.openLoops.length).toBeGreaterThan(100);
    expect(contacts.every((p) => p.companyKey !== null && p.channels.some((c) => c.kind === "email"))).toBe(
      true,
    );
  });

  it("keeps every reference and date consistent", () => {
    expectConsistent(plan, TODAY);
  });

  it("every row is a valid create input for the API", () => {
    expectValidInputs(plan);
  });

  it("has every stance, every stage and every fact category", () => {
    expect(new Set(contacts.map((p) => p.stance))).toEqual(new Set(STANCES));
    expect(new Set(contacts.filter((p) => p.stance === "befriend").map((p) => p.stage))).toEqual(
      new Set(STAGES),
    );
    expect(new Set(plan.facts.map((f) => f.category))).toEqual(new Set(FACT_CATEGORIES));
    expect(contacts.filter((p) => p.stance === "keep_professional").length).toBeGreaterThanOrEqual(2);
    expect(contacts.filter((p) => p.stance === "caution").length).toBeGreaterThanOrEqual(2);
    expect(new Set(contacts.map((p) => p.importance))).toEqual(new Set([1, 2, 3, 4]));
  });

  it("gives stances other than befriend a factual, dated reason, and befriend none", () => {
    for (const p of contacts) {
      if (p.stance === "befriend") expect(p.stanceReason).toBeNull();
      else expect(p.stanceReason, p.key).toMatch(/\d{2}\.\d{2}\.\d{4}|\d{1,2} [A-Z][a-z]{2} \d{4}/);
    }
  });

  it("has birthdays in the next 14 days, some of them without a year, and valid birthdays throughout", () => {
    const soon = plan.people.filter(
      (p) =>
        p.birthday && daysBetween(TODAY, nextYearlyOccurrence(p.birthday.day, p.birthday.month, TODAY)) <= 14,
    );
    expect(soon.filter((p) => p.isContact).length).toBeGreaterThanOrEqual(3);
    expect(soon.some((p) => !p.isContact)).toBe(true);
    expect(soon.some((p) => p.birthday?.year === null)).toBe(true);
    expect(contacts.filter((p) => p.birthday?.year === null).length).toBeGreaterThan(20);
  });

  it("has family members who are not customers, with birthdays, linked as partner or child", () => {
    const family = plan.people.filter((p) => !p.isContact);
    const links = new Map(plan.relations.map((r) => [r.relatedPersonKey, r.kind]));
    for (const member of family) {
      expect(member.companyKey).toBeNull();
      expect(member.birthday?.year).toBeTypeOf("number");
      expect(["partner", "child"]).toContain(links.get(member.key));
    }
    const kinds = new Set(plan.relations.map((r) => r.kind));
    for (const kind of ["partner", "child", "colleague", "reports_to"] as const)
      expect(kinds).toContain(kind);
    expect(plan.facts.some((f) => f.text === "Tochter Mia kommt im September in die Schule")).toBe(true);
  });

  it("tells a plausible story: the warmer the stage, the more, more personal and more mutual the contact", () => {
    const befriend = contacts.filter((p) => p.stance === "befriend");
    const byStage = (stage: Stage) => {
      const people = befriend.filter((p) => p.stage === stage);
      const own = people.flatMap((p) => interactionsOf(p).filter((i) => i.participantKeys.length === 1));
      const trust = own.flatMap((i) => (i.trust === null ? [] : [i.trust]));
      const resistance = own.flatMap((i) => (i.resistance === null ? [] : [i.resistance]));
      return {
        perPerson: own.length / people.length,
        personal: own.filter((i) => i.personal).length / own.length,
        theirs: own.filter((i) => i.initiatedBy === "them").length / own.length,
        trust: mean(trust),
        resistance: mean(resistance),
        facts: plan.facts.filter((f) => people.some((p) => p.key === f.personKey)).length / people.length,
      };
    };
    const stats = STAGES.map(byStage);
    for (let i = 1; i < stats.length; i++) {
      const [colder, warmer] = [stats[i - 1], stats[i]];
      if (!colder || !warmer) throw new Error("missing stage");
      expect(warmer.perPerson).toBeGreaterThan(colder.perPerson);
      expect(warmer.personal).toBeGreaterThan(colder.personal);
      expect(warmer.theirs).toBeGreaterThan(colder.theirs);
      expect(warmer.trust).toBeGreaterThan(colder.trust);
      expect(warmer.resistance).toBeLessThan(colder.resistance);
      expect(warmer.facts).toBeGreaterThan(colder.facts);
    }
    const cautious = contacts.filter((p) => p.stance === "caution").flatMap((p) => interactionsOf(p));
    expect(cautious.every((i) => !i.personal || i.participantKeys.length > 1)).toBe(true);
    expect(mean(cautious.flatMap((i) => (i.trust === null ? [] : [i.trust])))).toBeLessThan(
      stats[0]?.trust ?? 0,
    );
  });

  it("is supported by the evidence the stage rules read (docs/decisions/021-stage-suggestion.md)", () => {
    const now = `${TODAY}T09:00:00.000Z`;
    for (const p of contacts.filter((c) => c.stance === "befriend")) {
      const signals = summariseInteractions(
        { ...p, id: p.key, createdAt: `${p.stageHistory[0]?.on}T08:00:00.000Z` },
        interactionsOf(p),
        plan.facts.filter((f) => f.personKey === p.key).length,
        now,
      );
      const evidence = STAGES.indexOf(assessStage(signals, now).stage);
      expect(evidence, `${p.key} ${p.stage}`).toBeGreaterThanOrEqual(STAGES.indexOf(p.stage) - 1);
      if (p.stage === "friendship") expect(evidence, p.key).toBe(3);
    }
  });

  it("lets trust rise through the year for warm relationships", () => {
    const warm = contacts.filter(
      (p) => p.stance === "befriend" && (p.stage === "trust" || p.stage === "friendship"),
    );
    const ratings = warm.flatMap((p) => interactionsOf(p)).filter((i) => i.trust !== null);
    const half = `${addDays(TODAY, -182)}T00:00:00.000Z`;
    const early = mean(ratings.filter((i) => i.occurredAt < half).map((i) => i.trust ?? 0));
    const late = mean(ratings.filter((i) => i.occurredAt >= half).map((i) => i.trust ?? 0));
    expect(late).toBeGreaterThan(early);
  });

  it("uses Du only where the customer speaks German and is befriended, dated after rapport, mostly offered by them", () => {
    const du = contacts.filter((p) => p.addressForm === "du");
    expect(du.length).toBeGreaterThanOrEqual(5);
    for (const p of du) {
      expect(p.stance).toBe("befriend");
      expect(p.addressFormSince && isIsoDate(p.addressFormSince)).toBe(true);
      expect(p.addressFormOfferedBy).not.toBeNull();
      const acquaintance = p.stageHistory.find((s) => s.stage === "acquaintance")?.on ?? "";
      const friendship = p.stageHistory.find((s) => s.stage === "friendship")?.on ?? "9999";
      expect((p.addressFormSince ?? "") >= acquaintance && (p.addressFormSince ?? "") <= friendship).toBe(
        true,
      );
    }
    expect(du.filter((p) => p.addressFormOfferedBy === "them").length).toBeGreaterThan(du.length / 2);
    expect(contacts.filter((p) => p.stage === "friendship").every((p) => p.addressForm === "du")).toBe(true);
    expect(contacts.filter((p) => p.cadenceDays !== null).length).toBeGreaterThanOrEqual(3);
  });

  it("has open loops overdue, due soon and closed", () => {
    const open = plan.openLoops.filter((o) => o.closedOn === null);
    expect(open.some((o) => o.dueOn !== null && o.dueOn < TODAY)).toBe(true);
    expect(open.some((o) => o.dueOn !== null && o.dueOn >= TODAY && o.dueOn <= addDays(TODAY, 14))).toBe(
      true,
    );
    expect(open.some((o) => o.dueOn === null)).toBe(true);
    expect(plan.openLoops.filter((o) => o.closedOn !== null).length).toBeGreaterThan(20);
  });

  it("flags contacts at public accounts as public officials, and notes business outcomes and loop kinds", () => {
    const publicAccounts = new Set(
      plan.companies
        .filter((c) => /^(Stadtwerke|Klinikum|Kreiskliniken|Wasserverband)|NHS Trust$/.test(c.name))
        .map((c) => c.key),
    );
    expect(publicAccounts.size).toBe(8);
    for (const p of contacts) expect(p.isPublicOfficial, p.key).toBe(publicAccounts.has(p.companyKey ?? ""));
    expect(plan.people.filter((p) => !p.isContact).every((p) => !p.isPublicOfficial)).toBe(true);
    const withOutcome = plan.interactions.filter((i) => i.outcome !== null);
    expect(withOutcome.length).toBeGreaterThan(100);
    expect(withOutcome.every((i) => ["meeting", "call", "video", "email"].includes(i.kind))).toBe(true);
    expect(new Set(plan.openLoops.map((o) => o.kind))).toEqual(new Set(["ask", "do"]));
  });

  it("puts the named cast where the documentation expects it", () => {
    const find = (first: string, last: string) =>
      contacts.find((p) => p.firstName === first && p.lastName === last);
    expect(find("Jürgen", "Müller")).toMatchObject({
      stage: "friendship",
      addressForm: "du",
      addressFormOfferedBy: "them",
    });
    expect(find("Ralf", "Kessler")?.stanceReason).toMatch(
      /^Hat am \d{2}\.\d{2}\.\d{4} unser Angebot nur als Preishebel/,
    );
    expect(find("Özlem", "Yılmaz")?.cadenceDays).toBe(30);
    expect(find("Sarah", "Thompson")?.jobTitle).toBe("Head of Procurement");
  });

  it("keeps its invariants for any seed and any day", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 3000 }), (seed, offset) => {
        const today = addDays("2024-01-01", offset);
        const demo = generateDemo({ seed, today, scale: "demo" });
        expectConsistent(demo, today);
        expectValidInputs(demo);
        expect(new Set(demo.people.filter((p) => p.isContact).map((p) => p.stance))).toEqual(
          new Set(STANCES),
        );
      }),
      { numRuns: 12 },
    );
  });
});
