import { describe, expect, it } from "vitest";
import { addDays } from "../dates.ts";
import { STAGES } from "../vocabulary.ts";
import { planDuDay, planStageHistory, replayJourney } from "./journey.ts";
import type { DemoPerson } from "./plan.ts";
import { createRng } from "./random.ts";

const TODAY = "2026-11-27";

function person(overrides: Partial<DemoPerson>): DemoPerson {
  return {
    key: "p01-1",
    companyKey: "c01",
    firstName: "Jürgen",
    lastName: "Müller",
    jobTitle: null,
    isContact: true,
    channels: [],
    birthday: null,
    notes: null,
    tags: [],
    photoUrl: null,
    howWeMet: null,
    knownSince: "2020-01-01",
    stance: "befriend",
    stanceReason: null,
    stage: "business_contact",
    stageHistory: [{ stage: "business_contact", on: "2020-01-01" }],
    addressForm: "sie",
    addressFormSince: null,
    addressFormOfferedBy: null,
    importance: 3,
    cadenceDays: null,
    isPublicOfficial: false,
    ...overrides,
  };
}

describe("planStageHistory", () => {
  it("walks every stage up to the current one, in order, from the day they met to a week ago", () => {
    for (let seed = 0; seed < 50; seed++) {
      const history = planStageHistory(createRng(seed), "friendship", "2019-05-01", TODAY);
      expect(history.map((s) => s.stage)).toEqual([...STAGES]);
      expect(history[0]?.on).toBe("2019-05-01");
      for (let i = 1; i < history.length; i++) {
        expect((history[i]?.on ?? "") > (history[i - 1]?.on ?? "")).toBe(true);
      }
      expect((history.at(-1)?.on ?? "") <= addDays(TODAY, -7)).toBe(true);
    }
  });

  it("places the Du after rapport and before friendship", () => {
    for (let seed = 0; seed < 50; seed++) {
      const rng = createRng(seed);
      const history = planStageHistory(rng, "friendship", "2018-03-01", TODAY);
      const du = planDuDay(rng, history, TODAY);
      expect(du >= (history[1]?.on ?? "")).toBe(true);
      expect(du <= (history[3]?.on ?? "")).toBe(true);
    }
  });
});

describe("replayJourney", () => {
  it("starts at the first stage with Sie and replays stages and the Du in date order", () => {
    const planned = person({
      stage: "trust",
      stageHistory: [
        { stage: "business_contact", on: "2020-01-01" },
        { stage: "acquaintance", on: "2021-06-01" },
        { stage: "trust", on: "2024-02-01" },
      ],
      addressForm: "du",
      addressFormSince: "2022-09-15",
      addressFormOfferedBy: "them",
    });
    const { createdOn, initial, steps } = replayJourney(planned);
    expect(createdOn).toBe("2020-01-01");
    expect(initial).toMatchObject({ stage: "business_contact", addressForm: "sie", addressFormSince: null });
    expect(steps).toEqual([
      { on: "2021-06-01", patch: { stage: "acquaintance" } },
      {
        on: "2022-09-15",
        patch: { addressForm: "du", addressFormSince: "2022-09-15", addressFormOfferedBy: "them" },
      },
      { on: "2024-02-01", patch: { stage: "trust" } },
    ]);
  });

  it("has no steps for a business contact on Sie", () => {
    const { initial, steps } = replayJourney(person({}));
    expect(steps).toEqual([]);
    expect(initial.stage).toBe("business_contact");
  });
});
