import { useQuery } from "@tanstack/react-query";
import { keys } from "../../api/keys.ts";
import { getRelationship } from "../../api/people.ts";

export function useRelationship(personId: string) {
  return useQuery({
    queryKey: keys.personPart(personId, "relationship"),
    queryFn: ({ signal }) => getRelationship(personId, signal),
  });
}
