import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION_RULES, type RetentionCandidate, retentionQueue } from "./retention.ts";

const candidate = (over: Partial<RetentionCandidate>): RetentionCandidate => ({
  personId: "p",
  name: "Anna Becker",
  lastInteractionAt: null,
  createdAt: "2020-01-01T00:00:00.000Z",
  leftCompanyOn: null,
  factsReviewedOn: null,
  factCount: 2,
  ...over,
});

describe("retentionQueue", () => {
  const today = "2026-11-27";

  it("lists people 24 months after the last interaction, not a day before", () => {
    const due = candidate({ personId: "a", lastInteractionAt: "2024-11-27T10:00:00.000Z" });
    const notYet = candidate({ personId: "b", lastInteractionAt: "2024-11-28T10:00:00.000Z" });
    const queue = retentionQueue([due, notYet], DEFAULT_RETENTION_RULES, today);
    expect(queue.map((q) => [q.personId, q.reason, q.dueSince])).toEqual([["a", "no_contact", "2026-11-27"]]);
    expect(queue[0]?.explanation.de).toContain("24 Monaten");
  });

  it("counts from the day the person was added when there was never an interaction", () => {
    const queue = retentionQueue(
      [candidate({ createdAt: "2024-10-01T00:00:00.000Z" })],
      DEFAULT_RETENTION_RULES,
      today,
    );
    expect(queue[0]?.dueSince).toBe("2026-10-01");
    expect(queue[0]?.lastInteractionOn).toBeNull();
  });

  it("lists people who left their company at once, unless the rule is off or a later review kept the facts", () => {
    const left = candidate({ lastInteractionAt: "2026-11-01T00:00:00.000Z", leftCompanyOn: "2026-11-15" });
    expect(retentionQueue([left], DEFAULT_RETENTION_RULES, today).map((q) => q.reason)).toEqual([
      "left_company",
    ]);
    expect(
      retentionQueue([left], { ...DEFAULT_RETENTION_RULES, reviewOnLeavingCompany: false }, today),
    ).toEqual([]);
    expect(
      retentionQueue([{ ...left, factsReviewedOn: "2026-11-20" }], DEFAULT_RETENTION_RULES, today),
    ).toEqual([]);
  });

  it("a review restarts the clock; people without facts are never listed", () => {
    const old = candidate({ lastInteractionAt: "2020-01-01T00:00:00.000Z" });
    expect(
      retentionQueue([{ ...old, factsReviewedOn: "2026-01-01" }], DEFAULT_RETENTION_RULES, today),
    ).toEqual([]);
    expect(retentionQueue([{ ...old, factCount: 0 }], DEFAULT_RETENTION_RULES, today)).toEqual([]);
  });

  it("property: the queue is the same whatever order the candidates arrive in, oldest due first", () => {
    const arb = fc.array(
      fc.record({
        personId: fc.uuid(),
        lastDay: fc.option(fc.integer({ min: 0, max: 2500 }), { nil: null }),
        left: fc.option(fc.integer({ min: 0, max: 2500 }), { nil: null }),
      }),
      { maxLength: 30 },
    );
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString();
    fc.assert(
      fc.property(arb, (rows) => {
        const candidates = rows.map((r) =>
          candidate({
            personId: r.personId,
            lastInteractionAt: r.lastDay === null ? null : day(r.lastDay),
            leftCompanyOn: r.left === null ? null : day(r.left).slice(0, 10),
          }),
        );
        const forward = retentionQueue(candidates, DEFAULT_RETENTION_RULES, today);
        const backward = retentionQueue([...candidates].reverse(), DEFAULT_RETENTION_RULES, today);
        expect(backward).toEqual(forward);
        for (let i = 1; i < forward.length; i += 1) {
          expect((forward[i - 1]?.dueSince ?? "") <= (forward[i]?.dueSince ?? "")).toBe(true);
        }
        for (const item of forward) expect(item.dueSince <= today).toBe(true);
      }),
    );
  });
});
