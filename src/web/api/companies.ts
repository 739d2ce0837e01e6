import { api, queryString } from "./client.ts";
import type { Company, Page } from "./types.ts";

export type CompanySort = "name" | "-name" | "created" | "-created";

export function listCompanies(
  params: { sort: CompanySort; limit: number; offset: number },
  signal?: AbortSignal,
) {
  return api<Page<Company>>(`/api/companies${queryString(params)}`, { signal });
}

export function getCompany(id: string, signal?: AbortSignal) {
  return api<Company>(`/api/companies/${id}`, { signal });
}
