import { useQuery } from "@tanstack/react-query";
import { keys } from "../../api/keys.ts";
import { search } from "../../api/misc.ts";

/** Up to this many people for a pick list: enough to find one, short enough to scan. */
const PICK_LIMIT = 8;

/**
 * People matching what was typed, for a pick list (who was there, which record to merge). Keeps
 * the previous answer while the next one loads, so the list does not flicker while typing.
 */
export function usePersonSearch(q: string) {
  return useQuery({
    queryKey: keys.search(q, "person"),
    queryFn: ({ signal }) => search(q, "person", PICK_LIMIT, signal),
    enabled: q.length > 0,
    placeholderData: (previous) => previous,
  });
}
