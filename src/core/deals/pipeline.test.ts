import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Deal } from "../model/deal.ts";
import { DEFAULT_PIPELINE, pipelineBoard } from "./pipeline.ts";

const deal = (over: Partial<Deal>): Deal => ({
  id: "d",
  workspaceId: "w",
  kind: "deal",
  companyId: null,
  title: "Pumpen",
  valueCents: 100_000,
  probability: 50,
  stage: "proposal",
  expectedCloseOn: null,
  ownerId: null,
  status: "open",
  outcomeReason: null,
  outcomeNote: null,
  closedOn: null,
  tender: null,
  stakeholders: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  ...over,
});

describe("pipeline board", () => {
  it("sums value and weighted forecast per stage, leaving won and lost deals out", () => {
    const board = pipelineBoard(
      [
        deal({ id: "a", valueCents: 1_000_000, probability: 50 }),
        deal({ id: "b", valueCents: 500_000, probability: 20 }),
        deal({ id: "c", stage: "lead", valueCents: 300_000, probability: 10 }),
        deal({ id: "d", status: "won", valueCents: 9_999_999 }),
      ],
      DEFAULT_PIPELINE,
    );
    const proposal = board.columns.find((c) => c.stage.key === "proposal");
    expect(proposal).toMatchObject({ count: 2, valueCents: 1_500_000, weightedCents: 600_000 });
    expect(board.totals).toEqual({ count: 3, valueCents: 1_800_000, weightedCents: 630_000 });
  });

  it("keeps deals of a removed stage visible in the first column", () => {
    const board = pipelineBoard([deal({ stage: "old-stage" })], DEFAULT_PIPELINE);
    expect(board.columns[0]?.count).toBe(1);
  });

  it("never counts a deal twice and never loses an open one", () => {
    const stages = DEFAULT_PIPELINE.map((s) => s.key).concat(["gone"]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...stages), { maxLength: 30 }), (dealStages) => {
        const board = pipelineBoard(
          dealStages.map((stage, i) => deal({ id: String(i), stage })),
          DEFAULT_PIPELINE,
        );
        expect(board.totals.count).toBe(dealStages.length);
      }),
    );
  });
});
