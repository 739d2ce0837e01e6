import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { warmthBand } from "../coverage/index.ts";
import { addDays, dayOf } from "../dates.ts";
import { scoreWarmth, summariseInteractions } from "../relationship/index.ts";
import {
  buildInteraction,
  buildPersonFields,
  interactionArbitrary,
  personFieldsArbitrary,
} from "../relationship/test-support.ts";
import { STAGES } from "../vocabulary.ts";
import {
  type ContactHistory,
  existedAt,
  factCountAt,
  personAt,
  prepareTimeline,
  signalsAt,
  warmthAt,
} from "./contact-history.ts";

const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays("2016-01-01", n));

const historyArbitrary: fc.Arbitrary<ContactHistory> = fc.record({
  person: personFieldsArbitrary,
  stageChanges: fc.array(
    fc.record({ stage: fc.constantFrom(...STAGES), changedAt: day.map((d) => `${d}T08:00:00.000Z`) }),
    { maxLength: 5 },
  ),
  addressFormChanges: fc.array(
    fc.record({
      form: fc.constantFrom("sie" as const, "du" as const),
      changedOn: day,
      offeredBy: fc.option(fc.constantFrom("me" as const, "them" as const), { nil: null }),
    }),
    { maxLength: 3 },
  ),
  factDates: fc.array(day, { maxLength: 8 }),
  interactions: fc.array(interactionArbitrary, { maxLength: 30 }),
});

function history(overrides: Partial<ContactHistory> = {}): ContactHistory {
  return {
    person: buildPersonFields({ knownSince: "2024-01-10", createdAt: "2024-01-10T08:00:00.000Z" }),
    stageChanges: [{ stage: "business_contact", changedAt: "2024-01-10T08:00:00.000Z" }],
    addressFormChanges: [],
    factDates: [],
    interactions: [],
    ...overrides,
  };
}

const CLOSE = "2026-03-31T23:59:59.999Z";

describe("contact history: warmth as of a past day", () => {
  it("signalsAt equals summariseInteractions with the person and facts as of that day (any history, any day)", () => {
    fc.assert(
      fc.property(historyArbitrary, day, (h, at) => {
        const instant = `${at}T18:00:00.000Z`;
        const timeline = prepareTimeline(h);
        const reference = summariseInteractions(
          personAt(timeline, instant),
          h.interactions,
          h.factDates.filter((d) => d <= at).length,
          instant,
        );
        expect(signalsAt(timeline, instant)).toEqual(reference);
        expect(warmthAt(timeline, instant)).toBe(scoreWarmth(reference, instant).score);
      }),
      { numRuns: 300 },
    );
  });

  it("ignores interactions, facts and stage or address-form changes after the day", () => {
    const before = [
      buildInteraction({ occurredAt: "2025-11-04T10:00:00.000Z", kind: "meal", personal: true, trust: 4 }),
      buildInteraction({ occurredAt: "2026-02-20T10:00:00.000Z", kind: "call", initiatedBy: "them" }),
    ];
    const after = [
      buildInteraction({ occurredAt: "2026-04-01T09:00:00.000Z", kind: "meal", personal: true, trust: 5 }),
      buildInteraction({ occurredAt: "2026-09-12T10:00:00.000Z", kind: "event", personal: true, trust: 5 }),
    ];
    const then = history({
      stageChanges: [
        { stage: "business_contact", changedAt: "2024-01-10T08:00:00.000Z" },
        { stage: "acquaintance", changedAt: "2025-06-01T08:00:00.000Z" },
      ],
      factDates: ["2025-11-04"],
      interactions: before,
    });
    const later = history({
      person: { ...then.person, stage: "friendship", addressForm: "du", addressFormSince: "2026-05-01" },
      stageChanges: [...then.stageChanges, { stage: "friendship", changedAt: "2026-06-01T08:00:00.000Z" }],
      addressFormChanges: [{ form: "du", changedOn: "2026-05-01", offeredBy: "them" }],
      factDates: ["2025-11-04", "2026-04-01", "2026-09-12"],
      interactions: [...after, ...before],
    });
    const thenWarmth = warmthAt(prepareTimeline(then), CLOSE);
    expect(warmthAt(prepareTimeline(later), CLOSE)).toBe(thenWarmth);
    // …and the later evidence does make a difference today, so the test would notice a leak.
    expect(warmthAt(prepareTimeline(later), "2026-11-27T09:00:00.000Z")).toBeGreaterThan(
      warmthAt(prepareTimeline(then), "2026-11-27T09:00:00.000Z"),
    );
    const fields = personAt(prepareTimeline(later), CLOSE);
    expect(fields).toMatchObject({ stage: "acquaintance", addressForm: "sie", addressFormSince: null });
    expect(signalsAt(prepareTimeline(later), CLOSE)).toMatchObject({
      interactionCount: 2,
      lastInteractionAt: "2026-02-20T10:00:00.000Z",
      factCount: 1,
    });
  });

  it("takes the first recorded stage before the first record, and the opposite address form before the first switch", () => {
    const timeline = prepareTimeline(
      history({
        stageChanges: [
          { stage: "trust", changedAt: "2026-01-01T08:00:00.000Z" },
          { stage: "acquaintance", changedAt: "2025-01-01T08:00:00.000Z" },
        ],
        addressFormChanges: [{ form: "du", changedOn: "2026-02-01", offeredBy: "me" }],
      }),
    );
    expect(personAt(timeline, "2024-06-01T00:00:00.000Z")).toMatchObject({
      stage: "acquaintance",
      addressForm: "sie",
    });
    expect(personAt(timeline, "2025-06-01T00:00:00.000Z").stage).toBe("acquaintance");
    expect(personAt(timeline, "2026-02-01T00:00:00.000Z")).toMatchObject({
      stage: "trust",
      addressForm: "du",
      addressFormSince: "2026-02-01",
      addressFormOfferedBy: "me",
    });
  });

  it("uses the person's own fields when there is no history, undoing an address form dated later", () => {
    const person = buildPersonFields({ stage: "trust", addressForm: "du", addressFormSince: "2026-06-01" });
    const timeline = prepareTimeline(history({ person, stageChanges: [] }));
    expect(personAt(timeline, CLOSE)).toMatchObject({ stage: "trust", addressForm: "sie" });
    expect(personAt(timeline, "2026-07-01T00:00:00.000Z")).toMatchObject({ addressForm: "du" });
  });

  it("counts facts learned by the end of the day and knows when a relationship had begun", () => {
    const timeline = prepareTimeline(
      history({
        person: buildPersonFields({ knownSince: null, createdAt: "2026-05-01T08:00:00.000Z" }),
        factDates: ["2026-03-31", "2026-01-02", "2026-04-01"],
        interactions: [buildInteraction({ occurredAt: "2026-02-01T10:00:00.000Z" })],
      }),
    );
    expect(factCountAt(timeline, dayOf(CLOSE))).toBe(2);
    expect(existedAt(timeline, "2026-01-31T23:59:59.999Z")).toBe(false);
    expect(existedAt(timeline, CLOSE)).toBe(true);
  });

  it("an empty history is cold and not yet begun before it was added", () => {
    const timeline = prepareTimeline(history({ stageChanges: [] }));
    expect(warmthBand(warmthAt(timeline, CLOSE))).toBe("cold");
    expect(signalsAt(timeline, CLOSE).interactionCount).toBe(0);
    expect(existedAt(timeline, "2023-12-31T00:00:00.000Z")).toBe(false);
  });
});
