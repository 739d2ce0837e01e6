import { describe, expect, it } from "vitest";
import { type ClosedDeal, daysToClose, decisionMakerWarmth, winRateByWarmth } from "./win-rate-by-warmth.ts";

function deal(overrides: Partial<ClosedDeal> & { warmth?: number | null } = {}): ClosedDeal {
  const { warmth = 60, ...rest } = overrides;
  return {
    id: "d",
    status: "won",
    valueCents: 100_000,
    createdOn: "2026-01-01",
    closedOn: "2026-03-01",
    decisionMakers: warmth === null ? [] : [{ warmth, influence: 2, reconstructed: false }],
    ...rest,
  };
}

const rowOf = (body: ReturnType<typeof winRateByWarmth>, group: string) =>
  body.rows.find((r) => r.group === group) as Record<string, unknown>;

describe("win rate by the decision makers' warmth", () => {
  it("counts won and lost, average and median size and days to close per band", () => {
    const body = winRateByWarmth([
      deal({ warmth: 80, valueCents: 300_000, closedOn: "2026-01-31" }),
      deal({ warmth: 75, valueCents: 100_000, closedOn: "2026-03-02" }),
      deal({ warmth: 90, status: "lost" }),
      deal({ warmth: 10, status: "lost" }),
    ]);
    expect(rowOf(body, "close")).toMatchObject({
      count: 3,
      won: 2,
      lost: 1,
      winRate: 0.667,
      averageWonCents: 200_000,
      medianWonCents: 200_000,
      medianDaysToClose: 45,
      smallSample: true,
    });
    expect(rowOf(body, "cold")).toMatchObject({ count: 1, won: 0, winRate: 0, averageWonCents: null });
    expect(rowOf(body, "warm")).toMatchObject({ count: 0, winRate: null, medianDaysToClose: null });
    expect(body.rows.map((r) => r.group)).toEqual(["cold", "cool", "warm", "close"]);
    expect(body.chart).toEqual({ kind: "bar", x: "label", y: ["winRate"] });
  });

  it("flags bands under 10 deals with a plain caution in both languages, and not bands with 10", () => {
    const body = winRateByWarmth([
      ...Array.from({ length: 10 }, (_, i) => deal({ warmth: 55, status: i < 7 ? "won" : "lost" })),
      deal({ warmth: 35 }),
    ]);
    expect(rowOf(body, "warm")).toMatchObject({ count: 10, winRate: 0.7, smallSample: false, caution: null });
    expect(rowOf(body, "cool").caution).toEqual({
      de: "Kleine Stichprobe: nur 1 Auftrag – noch kein verlässlicher Wert, eher ein Hinweis.",
      en: "Small sample: only 1 deal – not a reliable figure yet, read it as a hint.",
    });
    expect(body.caution?.de).toBe(
      "Kleine Stichprobe: 3 von 4 Gruppen beruhen auf weniger als 10 Aufträgen und sind ausgegraut.",
    );
  });

  it("keeps deals without a decision maker apart instead of counting them cold", () => {
    const body = winRateByWarmth([deal({ warmth: null }), deal({ warmth: 20 })]);
    expect(rowOf(body, "unknown")).toMatchObject({ count: 1, label: { de: "kein Entscheider bekannt" } });
    expect(rowOf(body, "cold")).toMatchObject({ count: 1 });
  });

  it("weighs several decision makers by influence and counts reconstructed deals", () => {
    expect(
      decisionMakerWarmth([
        { warmth: 80, influence: 3, reconstructed: false },
        { warmth: 20, influence: 1, reconstructed: true },
      ]),
    ).toBe(65);
    const body = winRateByWarmth([
      deal({ decisionMakers: [{ warmth: 65, influence: 2, reconstructed: true }] }),
    ]);
    expect(rowOf(body, "warm").reconstructed).toBe(1);
    expect(body.note?.en).toContain("reconstructed from earlier interactions for 1 deal");
  });

  it("answers an empty workspace with empty bands and a 'no data' caution", () => {
    const body = winRateByWarmth([]);
    expect(body.rows).toHaveLength(4);
    expect(body.rows.every((r) => r.count === 0 && r.winRate === null)).toBe(true);
    expect(body.caution?.en).toBe("No data yet: 0 deals.");
  });

  it("ignores a close date before creation for time to close", () => {
    expect(daysToClose({ createdOn: "2026-05-01", closedOn: "2026-04-01" })).toBeNull();
    expect(daysToClose({ createdOn: "2026-05-01", closedOn: "2026-05-01" })).toBe(0);
  });
});
