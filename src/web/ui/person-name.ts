import type { Person } from "../api/types.ts";

// The web app may import only types from core, so it keeps its own copy of this one-liner.
export function personName(person: Pick<Person, "firstName" | "lastName">): string {
  return [person.firstName, person.lastName].filter((part) => part.length > 0).join(" ");
}
