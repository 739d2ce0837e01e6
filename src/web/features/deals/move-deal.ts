import type { BoardColumn, Deal, PipelineBoard } from "../../api/deal-types.ts";

function sums(deals: readonly Deal[]): Pick<BoardColumn, "count" | "valueCents" | "weightedCents"> {
  return {
    count: deals.length,
    valueCents: deals.reduce((sum, d) => sum + d.valueCents, 0),
    weightedCents: deals.reduce((sum, d) => sum + Math.round((d.valueCents * d.probability) / 100), 0),
  };
}

/**
 * The board as it will look once the server has moved the deal: the deal leaves its column, joins
 * the target column's top with that stage's default probability (what PATCH does), and every sum is
 * worked out again. Unknown deals or stages leave the board as it was.
 */
export function moveDealOnBoard(board: PipelineBoard, dealId: string, stageKey: string): PipelineBoard {
  const from = board.columns.find((c) => c.deals.some((d) => d.id === dealId));
  const to = board.columns.find((c) => c.stage.key === stageKey);
  const deal = from?.deals.find((d) => d.id === dealId);
  if (!from || !to || !deal || from === to) return board;
  const moved: Deal = { ...deal, stage: stageKey, probability: to.stage.probability };
  const columns = board.columns.map((column) => {
    if (column === from) {
      const deals = column.deals.filter((d) => d.id !== dealId);
      return { ...column, deals, ...sums(deals) };
    }
    if (column === to) {
      const deals = [moved, ...column.deals];
      return { ...column, deals, ...sums(deals) };
    }
    return column;
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

/** The stage a deal sits in on the board (its column), or null. */
export function stageOfDeal(board: PipelineBoard, dealId: string): string | null {
  return board.columns.find((c) => c.deals.some((d) => d.id === dealId))?.stage.key ?? null;
}
