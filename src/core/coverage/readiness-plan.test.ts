import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates.ts";
import { readinessPlan } from "./readiness-plan.ts";
import { STAKEHOLDER_ROLES, type Stakeholder } from "./stakeholder.ts";

const weber: Stakeholder = {
  personId: "weber",
  name: "Dr. Weber",
  role: "decision_maker",
  influence: 3,
  warmth: 15,
  lastContactAt: "2025-07-01T10:00:00.000Z",
};
const kurz: Stakeholder = {
  personId: "kurz",
  name: "Eva Kurz",
  role: "influencer",
  influence: 2,
  warmth: 25,
  lastContactAt: null,
};
const warm: Stakeholder = { ...kurz, personId: "lang", name: "Tom Lang", warmth: 60 };

describe("readinessPlan", () => {
  it("spreads three rounds over 90 days, the decision maker first in each round", () => {
    const plan = readinessPlan([kurz, warm, weber], "2026-05-30", "2026-03-01");
    expect(plan.map((t) => [t.date, t.personId, t.round])).toEqual([
      ["2026-03-01", "weber", 1],
      ["2026-03-16", "kurz", 1],
      ["2026-03-31", "weber", 2],
      ["2026-04-15", "kurz", 2],
      ["2026-04-30", "weber", 3],
      ["2026-05-15", "kurz", 3],
    ]);
    expect(plan[0]?.text).toEqual({
      de: "Kontakt aufnehmen: Entscheider Dr. Weber (kalt, letzter Kontakt vor 8 Monaten)",
      en: "Reach out: decision maker Dr. Weber (cold, last contact 8 months ago)",
    });
    expect(plan[2]?.text.de).toBe("Wieder melden (2. Kontakt): Entscheider Dr. Weber");
  });

  it("plans finding a missing decision maker first, once", () => {
    const plan = readinessPlan([kurz], "2026-05-30", "2026-03-01");
    expect(plan.map((t) => [t.personId, t.round])).toEqual([
      [null, 1],
      ["kurz", 1],
      ["kurz", 2],
      ["kurz", 3],
    ]);
    expect(plan[0]?.text.en).toBe("Find out who decides, and get to know them");
  });

  it("uses one round on a short runway", () => {
    const plan = readinessPlan(
      [weber, kurz, { ...kurz, personId: "k2", name: "K2" }],
      "2026-03-11",
      "2026-03-01",
    );
    expect(plan.map((t) => t.date)).toEqual(["2026-03-01", "2026-03-04", "2026-03-07"]);
  });

  it("plans nothing on or after the publication day, and nothing when all are warm", () => {
    expect(readinessPlan([weber], "2026-03-01", "2026-03-01")).toEqual([]);
    expect(readinessPlan([weber], "2026-02-01", "2026-03-01")).toEqual([]);
    expect(readinessPlan([{ ...weber, warmth: 80 }], "2026-06-01", "2026-03-01")).toEqual([]);
  });

  it("property: every touch lies in [today, D) and dates never go backwards", () => {
    const stakeholderArb = fc.record({
      personId: fc.uuid(),
      name: fc.string({ maxLength: 5 }),
      role: fc.constantFrom(...STAKEHOLDER_ROLES),
      influence: fc.constantFrom(1 as const, 2 as const, 3 as const),
      warmth: fc.integer({ min: 0, max: 100 }),
      lastContactAt: fc.constant(null),
    });
    fc.assert(
      fc.property(
        fc.array(stakeholderArb, { maxLength: 15 }),
        fc.integer({ min: -5, max: 400 }),
        (list, runway) => {
          const today = "2028-02-10";
          const publication = addDays(today, runway);
          const plan = readinessPlan(list, publication, today);
          for (const touch of plan) {
            expect(touch.date >= today).toBe(true);
            expect(touch.date < publication).toBe(true);
          }
          for (let i = 1; i < plan.length; i++) expect(plan[i]!.date >= plan[i - 1]!.date).toBe(true);
          const first = plan[0];
          if (first && !list.some((x) => x.role === "decision_maker")) expect(first.personId).toBeNull();
          if (first && list.some((x) => x.role === "decision_maker" && x.warmth < 30)) {
            expect(list.find((x) => x.personId === first.personId)?.role).toBe("decision_maker");
          }
        },
      ),
    );
  });
});
