import { describe, expect, it } from "vitest";
import { buildInteraction, buildPersonFields } from "../relationship/test-support.ts";
import { type ContactHistory, type ContactTimeline, prepareTimeline, signalsAt } from "./contact-history.ts";
import { contactStateAt, historyPoints, keepInTouch, overdueBucket } from "./keep-in-touch.ts";

const NOW = "2026-11-27T09:00:00.000Z";

/** Today's figure from every contact's signals, the month ends from the given histories. */
function run(timelines: ContactTimeline[], history: ContactTimeline[] = timelines) {
  return keepInTouch({ now: NOW, current: timelines.map((t) => signalsAt(t, NOW)), history });
}

function contact(id: string, overrides: Partial<ContactHistory> = {}) {
  return prepareTimeline({
    person: buildPersonFields({
      id,
      importance: 2,
      createdAt: "2025-01-01T08:00:00.000Z",
      knownSince: "2025-01-01",
    }),
    stageChanges: [],
    addressFormChanges: [],
    factDates: [],
    interactions: [],
    ...overrides,
  });
}

describe("keep-in-touch health", () => {
  it("buckets overdue days at their edges", () => {
    expect([0, 1, 7, 8, 30, 31, 90, 91, 365, 366].map(overdueBucket)).toEqual([
      "on_time",
      "d1_7",
      "d1_7",
      "d8_30",
      "d8_30",
      "d31_90",
      "d31_90",
      "d91_365",
      "d91_365",
      "over_365",
    ]);
  });

  it("draws twelve month ends and today", () => {
    const points = historyPoints(NOW);
    expect(points).toHaveLength(13);
    expect(points[0]).toBe("2025-11-30T23:59:59.999Z");
    expect(points[11]).toBe("2026-10-31T23:59:59.999Z");
    expect(points[12]).toBe(NOW);
  });

  it("counts contacts within cadence and the overdue distribution today", () => {
    // importance 2: every 30 days — due 31 Oct (27 days overdue) and 1 Jul 2025 (over a year)
    const recent = contact("a", {
      interactions: [buildInteraction({ occurredAt: "2026-11-20T10:00:00.000Z" })],
    });
    const late = contact("b", {
      interactions: [buildInteraction({ occurredAt: "2026-10-01T10:00:00.000Z" })],
    });
    const lost = contact("c", {
      interactions: [buildInteraction({ occurredAt: "2025-06-01T10:00:00.000Z" })],
    });
    const body = run([recent, late, lost]);
    const today = body.rows[body.rows.length - 1];
    expect(today).toMatchObject({
      date: "2026-11-27",
      contacts: 3,
      withinCadence: 1,
      withinCadenceShare: 0.333,
    });
    expect(body.sections.overdue?.rows.map((r) => [r.bucket, r.contacts])).toEqual([
      ["on_time", 1],
      ["d1_7", 0],
      ["d8_30", 1],
      ["d31_90", 0],
      ["d91_365", 0],
      ["over_365", 1],
    ]);
    expect(body.highlights[0]).toMatchObject({ value: 0.333, count: 3, smallSample: true });
  });

  it("reconstructs each month end from what had happened by then", () => {
    const met = contact("a", {
      person: buildPersonFields({
        id: "a",
        importance: 2,
        createdAt: "2026-06-15T08:00:00.000Z",
        knownSince: null,
      }),
      interactions: [buildInteraction({ occurredAt: "2026-06-20T10:00:00.000Z" })],
    });
    // not yet added or met at the end of May
    expect(contactStateAt(met, "2026-05-31T23:59:59.999Z")).toBeNull();
    // on time at the end of June (met 10 days before), overdue at the end of August
    expect(contactStateAt(met, "2026-06-30T23:59:59.999Z")?.bucket).toBe("on_time");
    expect(contactStateAt(met, "2026-08-31T23:59:59.999Z")?.bucket).toBe("d31_90");
    const body = run([met]);
    expect(body.rows.find((r) => r.date === "2026-05-31")).toMatchObject({
      contacts: 0,
      withinCadenceShare: null,
    });
    expect(body.rows.find((r) => r.date === "2026-06-30")).toMatchObject({ contacts: 1, withinCadence: 1 });
  });

  it("reconstructs the month ends from a smaller selection when given one, and says so", () => {
    const a = contact("a", { interactions: [buildInteraction({ occurredAt: "2026-11-20T10:00:00.000Z" })] });
    const b = contact("b");
    const body = run([a, b], [a]);
    expect(body.rows.at(-1)).toMatchObject({ contacts: 2, withinCadence: 1, withinCadenceShare: 0.5 });
    expect(body.rows.at(-2)).toMatchObject({ date: "2026-10-31", contacts: 1 });
    expect(body.note?.en).toContain("from a fixed selection of 1 contacts");
    expect(run([a]).note?.en).not.toContain("selection");
  });

  it("spreads warmth over the bands as shares and answers no contacts with empty rows", () => {
    const body = run([contact("a")]);
    const today = body.rows[body.rows.length - 1];
    expect(
      (today?.cold as number) + (today?.cool as number) + (today?.warm as number) + (today?.close as number),
    ).toBe(1);
    const empty = run([]);
    expect(empty.rows.every((r) => r.contacts === 0)).toBe(true);
    expect(empty.caution?.en).toBe("No data: no contacts in this group yet.");
  });
});
