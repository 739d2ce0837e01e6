// Query keys in one place so a write can invalidate exactly what it changed.
export const keys = {
  me: ["me"] as const,
  today: ["today"] as const,
  peopleCount: ["people", "count"] as const,
  peoplePage: (params: object, page: number) => ["people", "page", params, page] as const,
  person: (id: string) => ["person", id] as const,
  personPart: (id: string, part: string) => ["person", id, part] as const,
  companiesPage: (params: object, page: number) => ["companies", "page", params, page] as const,
  companiesAll: ["companies", "all"] as const,
  company: (id: string) => ["company", id] as const,
  search: (q: string, types: string) => ["search", types, q] as const,
  briefing: (id: string) => ["person", id, "briefing"] as const,
  pipeline: ["pipeline"] as const,
  deal: (id: string) => ["deal", id] as const,
  imports: ["imports"] as const,
  importRun: (id: string) => ["imports", id] as const,
  analytics: (figure: string, scope: string) => ["analytics", figure, scope] as const,
};
