import type { Influence, StakeholderRole } from "../../core/coverage/index.ts";
import { api } from "./client.ts";
import type { CloseDealInput, DealView, NewDealInput, PipelineBoard } from "./deal-types.ts";

export function getPipeline(signal?: AbortSignal) {
  return api<PipelineBoard>("/api/pipeline", { signal });
}

export function getDeal(id: string, signal?: AbortSignal) {
  return api<DealView>(`/api/deals/${id}`, { signal });
}

export function createDeal(input: NewDealInput) {
  return api<DealView>("/api/deals", { method: "POST", body: input });
}

/** Moving a deal on the board: the server also takes the new stage's default probability. */
export function moveDeal(id: string, stage: string) {
  return api<DealView>(`/api/deals/${id}`, { method: "PATCH", body: { stage } });
}

export function closeDeal(id: string, input: CloseDealInput) {
  return api<DealView>(`/api/deals/${id}/close`, { method: "POST", body: input });
}

export function addStakeholder(
  dealId: string,
  input: { personId: string; role: StakeholderRole; influence: Influence },
) {
  return api<DealView>(`/api/deals/${dealId}/stakeholders`, { method: "POST", body: input });
}

export function removeStakeholder(dealId: string, personId: string) {
  return api<DealView>(`/api/deals/${dealId}/stakeholders/${personId}`, { method: "DELETE" });
}
