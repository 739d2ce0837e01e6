// "Does friendship sell?": win rate, deal size and time to close by how warm the decision makers
// were when the deal was decided. Several decision makers count by their influence, as coverage
// weighs them (docs/decisions/045); deals without a known decision maker form their own group
// rather than being guessed cold. See docs/decisions/090-analytics-figures.md.
import { warmthBand } from "../coverage/index.ts";
import { daysBetween, type IsoDate } from "../dates.ts";
import type { FigureBody, FigureRow } from "./figure.ts";
import { CAUTION_COLUMN, OUTCOME_COLUMNS, type OutcomeGroup, outcomeRows } from "./outcome-rows.ts";
import { NOUNS, tableCaution } from "./small-sample.ts";
import { median } from "./stats.ts";

export interface DecisionMakerWarmth {
  /** Warmth at the decision: the snapshot taken at closing, or reconstructed as of the close day. */
  warmth: number;
  influence: number;
  reconstructed: boolean;
}

export interface ClosedDeal {
  id: string;
  status: "won" | "lost";
  valueCents: number;
  createdOn: IsoDate;
  closedOn: IsoDate;
  decisionMakers: readonly DecisionMakerWarmth[];
}

/** Influence-weighted mean warmth of the decision makers, or null when none is known. */
export function decisionMakerWarmth(decisionMakers: readonly DecisionMakerWarmth[]): number | null {
  const weight = decisionMakers.reduce((sum, d) => sum + Math.max(1, d.influence), 0);
  if (weight === 0) return null;
  const total = decisionMakers.reduce((sum, d) => sum + Math.max(1, d.influence) * d.warmth, 0);
  return Math.round(total / weight);
}

export function dealGroup(deal: Pick<ClosedDeal, "decisionMakers">): OutcomeGroup {
  const warmth = decisionMakerWarmth(deal.decisionMakers);
  return warmth === null ? "unknown" : warmthBand(warmth);
}

/** Calendar days from creation to the decision; null when the dates contradict each other. */
export function daysToClose(deal: Pick<ClosedDeal, "createdOn" | "closedOn">): number | null {
  const days = daysBetween(deal.createdOn, deal.closedOn);
  return days >= 0 ? days : null;
}

function dealFigures(members: ClosedDeal[]): FigureRow {
  const won = members.filter((d) => d.status === "won");
  const wonValue = won.reduce((sum, d) => sum + d.valueCents, 0);
  const closeDays = won.flatMap((d) => {
    const days = daysToClose(d);
    return days === null ? [] : [days];
  });
  return {
    averageWonCents: won.length > 0 ? Math.round(wonValue / won.length) : null,
    medianWonCents: median(won.map((d) => d.valueCents)),
    medianDaysToClose: median(closeDays),
    reconstructed: members.filter((d) => d.decisionMakers.some((m) => m.reconstructed)).length,
  };
}

export function winRateByWarmth(deals: readonly ClosedDeal[]): FigureBody {
  const rows = outcomeRows(deals, dealGroup, NOUNS.deals, dealFigures);
  const reconstructed = deals.filter((d) => d.decisionMakers.some((m) => m.reconstructed)).length;
  return {
    title: {
      de: "Gewinnquote nach Beziehungswärme der Entscheider",
      en: "Win rate by the decision makers' warmth",
    },
    columns: [
      ...OUTCOME_COLUMNS,
      {
        key: "averageWonCents",
        label: { de: "Ø Auftragswert (gewonnen)", en: "Avg. deal size (won)" },
        unit: "cents",
      },
      {
        key: "medianWonCents",
        label: { de: "Median Auftragswert (gewonnen)", en: "Median deal size (won)" },
        unit: "cents",
      },
      {
        key: "medianDaysToClose",
        label: { de: "Median Tage bis Abschluss", en: "Median days to close" },
        unit: "days",
      },
      {
        key: "reconstructed",
        label: { de: "davon Wärme rekonstruiert", en: "warmth reconstructed" },
        unit: "count",
      },
      CAUTION_COLUMN,
    ],
    rows,
    chart: { kind: "bar", x: "label", y: ["winRate"] },
    caution: tableCaution(rows, deals.length, NOUNS.deals),
    note: {
      de: `Wärme der Entscheider zum Zeitpunkt der Entscheidung (beim Abschluss gespeichert${reconstructed > 0 ? `; bei ${reconstructed} ${reconstructed === 1 ? "Auftrag" : "Aufträgen"} aus den Begegnungen davor rekonstruiert` : ""}). Ein Zusammenhang, kein Beweis.`,
      en: `The decision makers' warmth when the deal was decided (saved at closing${reconstructed > 0 ? `; reconstructed from earlier interactions for ${reconstructed} ${reconstructed === 1 ? "deal" : "deals"}` : ""}). A correlation, not a proof.`,
    },
    highlights: [],
    sections: {},
  };
}
