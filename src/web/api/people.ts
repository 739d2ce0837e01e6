import type { SensitiveDecision } from "../../core/privacy/sensitive-review.ts";
import type { PersonUpdateInput } from "../../core/schemas/person.ts";
import type { Stage, Stance } from "../../core/vocabulary.ts";
import type { LikelyDuplicatesBody } from "../../http/routes/duplicates.ts";
import { api, queryString } from "./client.ts";
import type {
  AddressFormResult,
  Fact,
  Interaction,
  OpenLoop,
  Page,
  Person,
  PersonHistory,
  Relation,
  Relationship,
} from "./types.ts";

export type PersonSort = "name" | "-name" | "created" | "-created" | "updated" | "-updated";

export interface PeopleFilter {
  sort: PersonSort;
  companyId?: string;
  tag?: string;
  stance?: Stance;
  stage?: Stage;
}

export function listPeople(filter: PeopleFilter & { limit: number; offset: number }, signal?: AbortSignal) {
  return api<Page<Person>>(`/api/people${queryString({ ...filter })}`, { signal });
}

/** A page of the people list: the total only on the first page, `cursor` continues after it. */
export interface PeoplePage {
  items: Person[];
  total?: number;
  limit: number;
  offset?: number;
  cursor: string | null;
}

/**
 * One page of the people list, after the previous page's cursor when there is one (keyset: as
 * fast deep in the list as at the top), else by offset (a jump, e.g. dragging the scrollbar).
 */
export function listPeoplePage(
  filter: PeopleFilter & { limit: number; offset: number; after?: string },
  signal?: AbortSignal,
) {
  const { after, offset, ...rest } = filter;
  const paging = after ? { after } : { offset };
  return api<PeoplePage>(`/api/people${queryString({ ...rest, ...paging })}`, { signal });
}

export function getPerson(id: string, signal?: AbortSignal) {
  return api<Person>(`/api/people/${id}`, { signal });
}

export function updatePerson(id: string, patch: PersonUpdateInput) {
  return api<Person>(`/api/people/${id}`, { method: "PATCH", body: patch });
}

export function getRelationship(id: string, signal?: AbortSignal) {
  return api<Relationship>(`/api/people/${id}/relationship`, { signal });
}

export function getHistory(id: string, signal?: AbortSignal) {
  return api<PersonHistory>(`/api/people/${id}/history`, { signal });
}

export function setStage(id: string, stage: Stage, note: string | null = null) {
  return api<Person>(`/api/people/${id}/stage`, { method: "POST", body: { stage, note } });
}

export function recordAddressForm(
  id: string,
  input: { form: "sie" | "du"; changedOn: string; offeredBy: "me" | "them" | null },
) {
  return api<AddressFormResult>(`/api/people/${id}/address-form`, { method: "POST", body: input });
}

export function listFacts(personId: string, signal?: AbortSignal) {
  return api<Page<Fact>>(`/api/facts${queryString({ personId, limit: 500 })}`, { signal });
}

export function createFact(input: {
  personId: string;
  category: Fact["category"];
  text: string;
  refersTo: string | null;
  sensitive?: SensitiveDecision;
}) {
  return api<Fact>("/api/facts", { method: "POST", body: input });
}

export function listRelations(personId: string, signal?: AbortSignal) {
  return api<Page<Relation>>(`/api/relations${queryString({ personId, limit: 200 })}`, { signal });
}

export function listOpenLoops(personId: string, signal?: AbortSignal) {
  return api<Page<OpenLoop>>(`/api/open-loops${queryString({ personId, status: "open", limit: 200 })}`, {
    signal,
  });
}

export function createOpenLoop(input: {
  personId: string;
  kind: OpenLoop["kind"];
  text: string;
  dueOn: string | null;
}) {
  return api<OpenLoop>("/api/open-loops", { method: "POST", body: input });
}

export function closeOpenLoop(id: string, closedOn: string) {
  return api<OpenLoop>(`/api/open-loops/${id}`, { method: "PATCH", body: { closedOn } });
}

export function listInteractions(personId: string, signal?: AbortSignal) {
  return api<Page<Interaction>>(`/api/interactions${queryString({ personId, limit: 100 })}`, { signal });
}

/** Other records that may be this person (same email or phone, close name at the same company). */
export function likelyDuplicates(personId: string, signal?: AbortSignal) {
  return api<LikelyDuplicatesBody>(`/api/people/${personId}/duplicates`, { signal });
}

/** Folds another record of the same person into this one; the other is deleted, nothing is lost. */
export function mergePerson(keepId: string, mergeId: string) {
  return api<Person>(`/api/people/${keepId}/merge`, { method: "POST", body: { mergeId } });
}
