// Trust and resistance across all customers, month by month: the promise of "seeing customers as
// friends" is that trust grows and resistance falls. The store sums per month (one GROUP BY);
// averages are taken here so both databases round the same way.
import type { FigureBody, FigureRow } from "./figure.ts";
import { isSmallSample, NOUNS, smallSampleCaution, tableCaution } from "./small-sample.ts";
import { ratio, roundRating } from "./stats.ts";

export interface MonthlyRatings {
  month: string;
  interactions: number;
  trustSum: number;
  trustCount: number;
  resistanceSum: number;
  resistanceCount: number;
}

export function emptyMonth(month: string): MonthlyRatings {
  return {
    month,
    interactions: 0,
    trustSum: 0,
    trustCount: 0,
    resistanceSum: 0,
    resistanceCount: 0,
  };
}

/** One row per month of `months` (missing months count zero), oldest first. */
export function ratingTrends(months: readonly string[], sums: readonly MonthlyRatings[]): FigureBody {
  const byMonth = new Map(sums.map((s) => [s.month, s]));
  const rows: FigureRow[] = months.map((month) => {
    const m = byMonth.get(month) ?? emptyMonth(month);
    const rated = Math.max(m.trustCount, m.resistanceCount);
    return {
      month,
      label: { de: month, en: month },
      interactions: m.interactions,
      trustAverage: roundRating(ratio(m.trustSum, m.trustCount)),
      trustCount: m.trustCount,
      resistanceAverage: roundRating(ratio(m.resistanceSum, m.resistanceCount)),
      resistanceCount: m.resistanceCount,
      smallSample: isSmallSample(rated),
      caution: smallSampleCaution(rated, NOUNS.ratings),
    };
  });
  const total = sums.filter((s) => months.includes(s.month));
  const sum = (key: keyof Omit<MonthlyRatings, "month">) => total.reduce((acc, s) => acc + s[key], 0);
  const trustCount = sum("trustCount");
  const resistanceCount = sum("resistanceCount");
  return {
    title: {
      de: "Vertrauen und Widerstand über alle Kunden",
      en: "Trust and resistance across all customers",
    },
    columns: [
      { key: "label", label: { de: "Monat", en: "Month" }, unit: "label" },
      {
        key: "interactions",
        label: { de: "Begegnungen je Kunde", en: "Interactions per customer" },
        unit: "count",
      },
      { key: "trustAverage", label: { de: "Ø Vertrauen", en: "Avg. trust" }, unit: "rating" },
      { key: "trustCount", label: { de: "Vertrauen bewertet", en: "Trust ratings" }, unit: "count" },
      { key: "resistanceAverage", label: { de: "Ø Widerstand", en: "Avg. resistance" }, unit: "rating" },
      {
        key: "resistanceCount",
        label: { de: "Widerstand bewertet", en: "Resistance ratings" },
        unit: "count",
      },
    ],
    rows,
    chart: { kind: "line", x: "label", y: ["trustAverage", "resistanceAverage"] },
    caution: tableCaution(rows, trustCount + resistanceCount, NOUNS.ratings),
    note: {
      de: "Monatsmittel der Bewertungen 1–5 je Kunde (eine Begegnung mit zwei Kunden zählt für beide); Monate mit weniger als 10 Bewertungen sind ausgegraut.",
      en: "Monthly means of the 1–5 ratings per customer (an interaction with two customers counts for both); months with fewer than 10 ratings are greyed out.",
    },
    highlights: [
      {
        key: "trustAverage",
        label: { de: "Ø Vertrauen im Zeitraum", en: "Avg. trust in the period" },
        value: roundRating(ratio(sum("trustSum"), trustCount)),
        unit: "rating",
        count: trustCount,
        smallSample: isSmallSample(trustCount),
        caution: smallSampleCaution(trustCount, NOUNS.ratings),
      },
      {
        key: "resistanceAverage",
        label: { de: "Ø Widerstand im Zeitraum", en: "Avg. resistance in the period" },
        value: roundRating(ratio(sum("resistanceSum"), resistanceCount)),
        unit: "rating",
        count: resistanceCount,
        smallSample: isSmallSample(resistanceCount),
        caution: smallSampleCaution(resistanceCount, NOUNS.ratings),
      },
    ],
    sections: {},
  };
}
