import { describe, expect, it } from "vitest";
import { addDays } from "../dates.ts";
import { scoreWarmth, summariseInteractions } from "../relationship/index.ts";
import { generateDemo } from "./generate-demo.ts";
import type { DemoPerson } from "./plan.ts";
import { closingTime, morningOf, warmthOn } from "./warmth-on.ts";

const TODAY = "2026-11-27";
const plan = generateDemo({ seed: 11, today: TODAY, scale: "demo" });
const contacts = plan.people.filter((p) => p.isContact);

const factDays = (p: DemoPerson) => plan.facts.filter((f) => f.personKey === p.key).map((f) => f.learnedOn);
const own = (p: DemoPerson) => plan.interactions.filter((i) => i.participantKeys.includes(p.key));

/** What the store's signals and scoreWarmth give for the person as written, at `now`. */
function asStored(person: DemoPerson, now: string, changes: Partial<DemoPerson> = {}): number {
  const fields = {
    ...person,
    ...changes,
    id: person.key,
    createdAt: morningOf(person.stageHistory[0]?.on ?? ""),
  };
  const signals = summariseInteractions(fields, own(person), factDays(person).length, now);
  return scoreWarmth(signals, now).score;
}

describe("warmthOn", () => {
  it("today equals the warmth the app computes for the person as stored", () => {
    for (const person of contacts) {
      expect(warmthOn(person, plan.interactions, factDays(person), TODAY), person.key).toBe(
        asStored(person, closingTime(TODAY)),
      );
    }
  });

  it("on a past day uses the stage and address form reached by then, and ignores later contact and facts", () => {
    const friends = contacts.filter((p) => p.stage === "friendship" && p.addressFormSince !== null);
    expect(friends.length).toBeGreaterThan(3);
    for (const person of friends) {
      const beforeDu = addDays(person.addressFormSince ?? "", -1);
      const stage = person.stageHistory.filter((s) => s.on <= beforeDu).at(-1)?.stage ?? "business_contact";
      const now = closingTime(beforeDu);
      const earlier = own(person).filter((i) => i.occurredAt <= now);
      const facts = factDays(person).filter((d) => d < beforeDu).length;
      const fields = {
        ...person,
        id: person.key,
        stage,
        addressForm: "sie" as const,
        addressFormSince: null,
        addressFormOfferedBy: null,
        createdAt: morningOf(person.stageHistory[0]?.on ?? ""),
      };
      const expected = scoreWarmth(summariseInteractions(fields, earlier, facts, now), now).score;
      expect(warmthOn(person, plan.interactions, factDays(person), beforeDu), person.key).toBe(expected);
    }
  });

  it("a friend is warmer today than a business contact, and silence cools everyone", () => {
    const friend = contacts.find((p) => p.firstName === "Jürgen" && p.lastName === "Müller");
    const newcomer = contacts.find((p) => p.firstName === "Henrik" && p.lastName === "Lindner");
    if (!friend || !newcomer) throw new Error("cast missing");
    const friendToday = warmthOn(friend, plan.interactions, factDays(friend), TODAY);
    expect(friendToday).toBeGreaterThan(70);
    expect(warmthOn(newcomer, plan.interactions, factDays(newcomer), TODAY)).toBeLessThan(30);
    expect(warmthOn(friend, plan.interactions, factDays(friend), addDays(TODAY, 400))).toBeLessThan(
      friendToday,
    );
  });
});
