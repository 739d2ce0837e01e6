import type { Localized } from "../locale.ts";
import type { Deal } from "../model/deal.ts";

/** A stage of the sales pipeline; workspaces may define their own list. */
export interface PipelineStage {
  key: string;
  label: Localized;
  /** The default probability of a deal entering this stage, 0–100. */
  probability: number;
}

/** A sensible default pipeline for field and key-account sales. Won and lost are statuses, not stages. */
export const DEFAULT_PIPELINE: readonly PipelineStage[] = [
  { key: "lead", label: { de: "Kontakt", en: "Lead" }, probability: 10 },
  { key: "qualified", label: { de: "Bedarf geklärt", en: "Qualified" }, probability: 25 },
  { key: "proposal", label: { de: "Angebot", en: "Proposal" }, probability: 50 },
  { key: "negotiation", label: { de: "Verhandlung", en: "Negotiation" }, probability: 75 },
  { key: "commit", label: { de: "Zusage erwartet", en: "Commit" }, probability: 90 },
];

export interface BoardColumn {
  stage: PipelineStage;
  deals: Deal[];
  count: number;
  valueCents: number;
  /** Σ value × probability: what the column is expected to bring. */
  weightedCents: number;
}

export interface PipelineBoard {
  columns: BoardColumn[];
  totals: { count: number; valueCents: number; weightedCents: number };
}

/**
 * Open deals by stage with sums and the weighted forecast. Deals in a stage the workspace no longer
 * has are shown in the first column rather than lost from view.
 */
export function pipelineBoard(deals: readonly Deal[], stages: readonly PipelineStage[]): PipelineBoard {
  const keys = new Set(stages.map((s) => s.key));
  const columns = stages.map((stage, index) => {
    const inStage = deals.filter(
      (d) => d.status === "open" && (d.stage === stage.key || (index === 0 && !keys.has(d.stage))),
    );
    const valueCents = inStage.reduce((sum, d) => sum + d.valueCents, 0);
    const weightedCents = inStage.reduce(
      (sum, d) => sum + Math.round((d.valueCents * d.probability) / 100),
      0,
    );
    return { stage, deals: inStage, count: inStage.length, valueCents, weightedCents };
  });
  return {
    columns,
    totals: {
      count: columns.reduce((sum, c) => sum + c.count, 0),
      valueCents: columns.reduce((sum, c) => sum + c.valueCents, 0),
      weightedCents: columns.reduce((sum, c) => sum + c.weightedCents, 0),
    },
  };
}
