import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PipelineBoard } from "../../api/deal-types.ts";
import { moveDeal } from "../../api/deals.ts";
import { keys } from "../../api/keys.ts";
import { moveDealOnBoard } from "./move-deal.ts";

interface Move {
  dealId: string;
  stage: string;
}

/**
 * Moves a deal to another stage at once on screen and then on the server; if the server says no,
 * the board goes back to exactly what it was and the error is reported by the caller.
 */
export function useMoveDeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ dealId, stage }: Move) => moveDeal(dealId, stage),
    onMutate: async ({ dealId, stage }: Move) => {
      await client.cancelQueries({ queryKey: keys.pipeline });
      const previous = client.getQueryData<PipelineBoard>(keys.pipeline);
      if (previous) client.setQueryData(keys.pipeline, moveDealOnBoard(previous, dealId, stage));
      return { previous };
    },
    onError: (_error, _move, context) => {
      if (context?.previous) client.setQueryData(keys.pipeline, context.previous);
    },
    onSuccess: (view) => {
      client.setQueryData(keys.deal(view.deal.id), view);
    },
    onSettled: () => client.invalidateQueries({ queryKey: keys.pipeline }),
  });
}
