import { describe, expect, it } from "vitest";
import type { AnalyticsFigure } from "./figure.ts";
import { figureText } from "./figure-text.ts";
import { combineCautions, sampleCaution, sampleInfo } from "./sample.ts";
import { winRateByWarmth } from "./win-rate-by-warmth.ts";

function figureOf(body: ReturnType<typeof winRateByWarmth>): AnalyticsFigure {
  return {
    ...body,
    figure: "win-rate-by-warmth",
    scope: "me",
    asOf: "2026-11-27T09:00:00.000Z",
    sample: null,
  };
}

describe("figure as text", () => {
  it("prints the title, the aligned table with the win rate, marks small groups and repeats the caution", () => {
    const body = winRateByWarmth([
      {
        id: "a",
        status: "won",
        valueCents: 500_000,
        createdOn: "2026-01-01",
        closedOn: "2026-02-01",
        decisionMakers: [{ warmth: 80, influence: 2, reconstructed: false }],
      },
    ]);
    const text = figureText(figureOf(body), "de");
    expect(text).toContain("Gewinnquote nach Beziehungswärme der Entscheider");
    expect(text).toMatch(/eng°\s+1\s+1\s+0\s+100,0 %\s+5\.000,00 €/);
    expect(text).toContain("° weniger als 10 Fälle");
    expect(text).toContain("⚠ Kleine Stichprobe: 4 von 4 Gruppen");
    expect(text).not.toContain("Hinweis  ");
  });
});

describe("sample caution", () => {
  it("says a figure is estimated only when fewer contacts were read than exist", () => {
    expect(sampleInfo(2000, 2000)).toBeNull();
    expect(sampleCaution(sampleInfo(2000, 100_000))?.de).toBe(
      "Geschätzt aus einer festen Stichprobe von 2.000 der 100.000 Kontakte.",
    );
    expect(combineCautions(null, { de: "a", en: "b" }, { de: "c", en: "d" })).toEqual({
      de: "a c",
      en: "b d",
    });
    expect(combineCautions(null, null)).toBeNull();
  });
});
