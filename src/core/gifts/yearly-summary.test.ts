import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GIFT_DIRECTIONS, GIFT_KINDS, type GiftEntry } from "./gift-entry.ts";
import { yearlyGiftSummary } from "./yearly-summary.ts";

const e = (
  personId: string,
  date: string,
  kind: GiftEntry["kind"],
  valueCents: number,
  direction: GiftEntry["direction"] = "given",
): GiftEntry => ({
  personId,
  date,
  kind,
  valueCents,
  direction,
  note: null,
});

describe("yearlyGiftSummary", () => {
  it("sums gifts, hospitality and received gifts per person for one year", () => {
    const summary = yearlyGiftSummary(
      [
        e("anna", "2026-02-01", "gift", 3000),
        e("anna", "2026-12-20", "event", 2001),
        e("anna", "2026-05-05", "meal", 8000),
        e("anna", "2025-12-31", "gift", 9999), // other year
        e("ben", "2026-03-03", "gift", 5000),
        e("ben", "2026-04-04", "gift", 1500, "received"),
      ],
      2026,
    );
    expect(summary.giftLimitCents).toBe(5000);
    expect(summary.people).toEqual([
      {
        personId: "anna",
        giftsGivenCents: 5001,
        hospitalityGivenCents: 8000,
        receivedCents: 0,
        entryCount: 3,
        overGiftLimit: true,
        giftLimitRemainingCents: 0,
      },
      {
        personId: "ben",
        giftsGivenCents: 5000,
        hospitalityGivenCents: 0,
        receivedCents: 1500,
        entryCount: 2,
        overGiftLimit: false,
        giftLimitRemainingCents: 0,
      },
    ]);
    expect(summary.totals).toEqual({
      giftsGivenCents: 10001,
      hospitalityGivenCents: 8000,
      receivedCents: 1500,
      nonDeductibleGiftsCents: 5001,
    });
  });

  it("is empty for a year without entries", () => {
    expect(yearlyGiftSummary([e("anna", "2026-02-01", "gift", 3000)], 2027).people).toEqual([]);
  });

  it("property: the totals are the sums over the people, and no cent is lost", () => {
    const entryArb = fc.record({
      personId: fc.constantFrom("a", "b", "c"),
      date: fc.constantFrom("2026-01-01", "2026-06-15", "2026-12-31", "2027-01-01"),
      direction: fc.constantFrom(...GIFT_DIRECTIONS),
      kind: fc.constantFrom(...GIFT_KINDS),
      valueCents: fc.integer({ min: 0, max: 100_000 }),
      note: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (entries) => {
        const s = yearlyGiftSummary(entries, 2026);
        const inYear = entries.filter((x) => x.date.startsWith("2026-"));
        const all = s.totals.giftsGivenCents + s.totals.hospitalityGivenCents + s.totals.receivedCents;
        // Every entry lands in exactly one bucket.
        expect(all).toBe(inYear.reduce((sum, x) => sum + x.valueCents, 0));
        expect(s.people.reduce((n, p) => n + p.entryCount, 0)).toBe(inYear.length);
      }),
    );
  });
});
