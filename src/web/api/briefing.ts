import { api } from "./client.ts";
import type { Briefing } from "./types.ts";

export function getBriefing(personId: string, signal?: AbortSignal) {
  return api<Briefing>(`/api/people/${personId}/briefing`, { signal });
}
