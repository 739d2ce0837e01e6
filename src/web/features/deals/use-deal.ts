import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DealView } from "../../api/deal-types.ts";
import { getDeal } from "../../api/deals.ts";
import { keys } from "../../api/keys.ts";

export function useDeal(id: string) {
  return useQuery({ queryKey: keys.deal(id), queryFn: ({ signal }) => getDeal(id, signal) });
}

/**
 * A write that answers with the whole deal view (stakeholders, close): the answer replaces the
 * cached deal, and the board and Heute are asked again because sums, coverage and touches moved.
 */
export function useDealWrite<Input>(id: string, write: (input: Input) => Promise<DealView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => {
      client.setQueryData(keys.deal(id), view);
      void client.invalidateQueries({ queryKey: keys.pipeline });
      void client.invalidateQueries({ queryKey: keys.today });
    },
  });
}
