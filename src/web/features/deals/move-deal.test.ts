import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_PIPELINE, pipelineBoard } from "../../../core/deals/pipeline.ts";
import type { Deal } from "../../api/deal-types.ts";
import { moveDealOnBoard, stageOfDeal } from "./move-deal.ts";

const STAGE_KEYS = DEFAULT_PIPELINE.map((s) => s.key);

function deal(id: string, stage: string, valueCents: number, probability: number): Deal {
  return {
    id,
    workspaceId: "w",
    kind: "deal",
    companyId: null,
    title: id,
    valueCents,
    probability,
    stage,
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
  };
}

const deals = fc.uniqueArray(
  fc.record({
    id: fc.uuid(),
    stage: fc.constantFrom(...STAGE_KEYS),
    value: fc.integer({ min: 0, max: 10_000_000_00 }),
    probability: fc.integer({ min: 0, max: 100 }),
  }),
  { selector: (d) => d.id, minLength: 1, maxLength: 20 },
);

describe("moving a deal on the board", () => {
  it("moves it to the target column with that stage's probability and new sums", () => {
    const board = pipelineBoard(
      [deal("a", "lead", 100_000, 10), deal("b", "lead", 50_000, 10), deal("c", "proposal", 20_000, 50)],
      DEFAULT_PIPELINE,
    );
    const next = moveDealOnBoard(board, "a", "proposal");
    const lead = next.columns[0];
    const proposal = next.columns[2];
    expect(lead?.deals.map((d) => d.id)).toEqual(["b"]);
    expect(lead?.valueCents).toBe(50_000);
    expect(lead?.weightedCents).toBe(5_000);
    expect(proposal?.deals.map((d) => d.id)).toEqual(["a", "c"]);
    expect(proposal?.deals[0]?.probability).toBe(50);
    expect(proposal?.weightedCents).toBe(60_000);
    expect(next.totals).toEqual({ count: 3, valueCents: 170_000, weightedCents: 65_000 });
    expect(stageOfDeal(next, "a")).toBe("proposal");
    // The cached board is not touched: a rollback restores exactly what was there.
    expect(stageOfDeal(board, "a")).toBe("lead");
  });

  it("leaves the board as it was for an unknown deal, an unknown stage or the same stage", () => {
    const board = pipelineBoard([deal("a", "lead", 100, 10)], DEFAULT_PIPELINE);
    expect(moveDealOnBoard(board, "zzz", "proposal")).toBe(board);
    expect(moveDealOnBoard(board, "a", "nowhere")).toBe(board);
    expect(moveDealOnBoard(board, "a", "lead")).toBe(board);
  });

  it("agrees with the server's board after the move, for any deals and any target", () => {
    fc.assert(
      fc.property(deals, fc.nat(), fc.constantFrom(...STAGE_KEYS), (rows, pick, target) => {
        const all = rows.map((r) => deal(r.id, r.stage, r.value, r.probability));
        const chosen = all[pick % all.length] as Deal;
        const next = moveDealOnBoard(pipelineBoard(all, DEFAULT_PIPELINE), chosen.id, target);
        const probability = DEFAULT_PIPELINE.find((s) => s.key === target)?.probability ?? 0;
        const server = pipelineBoard(
          all.map((d) =>
            d.id === chosen.id && d.stage !== target ? { ...d, stage: target, probability } : d,
          ),
          DEFAULT_PIPELINE,
        );
        expect(next.totals).toEqual(server.totals);
        for (const [index, column] of next.columns.entries()) {
          const expected = server.columns[index];
          expect(column.count).toBe(expected?.count);
          expect(column.valueCents).toBe(expected?.valueCents);
          expect(column.weightedCents).toBe(expected?.weightedCents);
          expect(new Set(column.deals.map((d) => d.id))).toEqual(new Set(expected?.deals.map((d) => d.id)));
        }
      }),
    );
  });
});
