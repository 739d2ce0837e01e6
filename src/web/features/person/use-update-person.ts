import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { PersonUpdateInput } from "../../../core/schemas/person.ts";
import { keys } from "../../api/keys.ts";
import { updatePerson } from "../../api/people.ts";

/** PATCH one or more fields; the person's derived figures (warmth, cadence, agenda) are refetched. */
export function useUpdatePerson(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: PersonUpdateInput) => updatePerson(id, patch),
    onSuccess: (person) => {
      client.setQueryData(keys.person(id), person);
      void client.invalidateQueries({ queryKey: ["person", id] });
      void client.invalidateQueries({ queryKey: keys.today });
      void client.invalidateQueries({ queryKey: ["people"] });
    },
  });
}
