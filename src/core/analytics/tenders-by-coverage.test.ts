import { describe, expect, it } from "vitest";
import { coverageAtPublication, type DecidedTender, tendersByCoverage } from "./tenders-by-coverage.ts";

function tender(status: "won" | "lost", warmth: number[]): DecidedTender {
  return {
    id: "t",
    status,
    publicationOn: "2026-03-01",
    stakeholders: warmth.map((w, i) => ({
      role: i === 0 ? "decision_maker" : "influencer",
      influence: 2,
      warmth: w,
    })),
  };
}

const rowOf = (body: ReturnType<typeof tendersByCoverage>, group: string) =>
  body.rows.find((r) => r.group === group) as Record<string, unknown>;

describe("tenders by coverage before publication", () => {
  it("scores coverage as the weighted mean warmth, decision maker counting double an influencer", () => {
    // weights 8 and 4: (8·90 + 4·30) / 12 = 70
    expect(coverageAtPublication(tender("won", [90, 30]))).toBe(70);
    // no decision maker known: counts as a cold one of medium influence (weight 8)
    expect(
      coverageAtPublication({
        id: "x",
        status: "won",
        publicationOn: "2026-03-01",
        stakeholders: [{ role: "influencer", influence: 2, warmth: 90 }],
      }),
    ).toBe(30);
    expect(coverageAtPublication(tender("lost", []))).toBe(0);
  });

  it("groups outcomes by coverage band with counts, win rate and average coverage", () => {
    const body = tendersByCoverage([tender("won", [90, 30]), tender("lost", [80, 80]), tender("lost", [10])]);
    expect(rowOf(body, "close")).toMatchObject({
      count: 2,
      won: 1,
      lost: 1,
      winRate: 0.5,
      averageCoverage: 75,
    });
    expect(rowOf(body, "cold")).toMatchObject({ count: 1, won: 0, winRate: 0, averageCoverage: 10 });
    expect(rowOf(body, "cold").caution).toMatchObject({
      en: expect.stringMatching(/^Small sample: only 1 tender/),
    });
    expect(body.rows.some((r) => r.group === "unknown")).toBe(false);
  });

  it("says how many decided tenders had no publication date", () => {
    expect(tendersByCoverage([], 2).note?.de).toContain(
      "2 entschiedene Ausschreibungen ohne Veröffentlichungsdatum fehlen",
    );
    expect(tendersByCoverage([], 0).caution?.de).toBe("Noch keine Daten: 0 Ausschreibungen.");
  });
});
