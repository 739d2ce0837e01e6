import type { IsoDate } from "../core/dates.ts";
import { ANNIVERSARY_TEXTS } from "../core/model/anniversary.ts";
import type { Person } from "../core/model/person.ts";
import type { PersonFilters } from "../core/schemas/person.ts";
import type { RelationKind } from "../core/vocabulary.ts";
import { factVisibleTo } from "./facts.ts";
import type { Db } from "./open-store.ts";
import { findPeople, peopleMatching } from "./people.ts";

export interface ExportedContact {
  person: Person;
  companyName: string | null;
  /** Family members (people who are not contacts themselves) by name, as a vCard names them. */
  relatives: Array<{ name: string; kind: RelationKind }>;
  /**
   * The wedding day the viewer keeps for them as an important date (an imported anniversary, or one
   * typed in under the same name; decision 125), if the viewer may see it; the earliest if several.
   */
  anniversary: IsoDate | null;
}

/** As many as readContactPages yields: the workspace's contacts (not family members) that match. */
export async function countExportedContacts(
  db: Db,
  workspaceId: string,
  filters: PersonFilters = {},
): Promise<number> {
  const row = await db
    .selectFrom("people")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("is_contact", "=", 1)
    .where(peopleMatching(filters))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The workspace's contacts in name order, a page at a time: keyset pagination, so page 200 costs
 * what page 1 costs, and three queries per page whatever its size.
 */
export async function* readContactPages(
  db: Db,
  workspaceId: string,
  viewerId: string,
  options: { filters?: PersonFilters; pageSize?: number } = {},
): AsyncGenerator<ExportedContact[]> {
  const pageSize = options.pageSize ?? 500;
  let after: { sortName: string; id: string } | null = null;
  for (;;) {
    let query = db
      .selectFrom("people")
      .select(["id", "sort_name"])
      .where("workspace_id", "=", workspaceId)
      .where("is_contact", "=", 1)
      .where(peopleMatching(options.filters ?? {}));
    if (after) {
      const { sortName, id } = after;
      query = query.where((eb) =>
        eb.or([eb("sort_name", ">", sortName), eb.and([eb("sort_name", "=", sortName), eb("id", ">", id)])]),
      );
    }
    const keys = await query.orderBy("sort_name").orderBy("id").limit(pageSize).execute();
    if (keys.length === 0) return;
    yield await exportedContacts(
      db,
      workspaceId,
      viewerId,
      keys.map((k) => k.id),
    );
    const last = keys[keys.length - 1];
    if (!last || keys.length < pageSize) return;
    after = { sortName: last.sort_name, id: last.id };
  }
}

/** One contact as an export holds it (a contact card to download), or null if there is none. */
export async function readContact(
  db: Db,
  workspaceId: string,
  viewerId: string,
  personId: string,
): Promise<ExportedContact | null> {
  const [contact] = await exportedContacts(db, workspaceId, viewerId, [personId]);
  // Family members are named inside their relative's card, as in the list export.
  return contact?.person.isContact ? contact : null;
}

/** The given contacts with their company's name, family members and anniversary: four queries for any number. */
async function exportedContacts(
  db: Db,
  workspaceId: string,
  viewerId: string,
  ids: string[],
): Promise<ExportedContact[]> {
  const people = await findPeople(db, workspaceId, ids, viewerId);
  const companyIds = [...new Set(people.flatMap((p) => (p.companyId ? [p.companyId] : [])))];
  const companies =
    companyIds.length === 0
      ? []
      : await db
          .selectFrom("companies")
          .select(["id", "name"])
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", companyIds)
          .execute();
  const relations = await db
    .selectFrom("relations as r")
    .innerJoin("people as p", "p.id", "r.related_person_id")
    .select(["r.person_id", "r.kind", "p.first_name", "p.last_name"])
    .where("r.workspace_id", "=", workspaceId)
    .where("r.person_id", "in", ids)
    .where("p.is_contact", "=", 0)
    .orderBy("r.created_at")
    .orderBy("r.id")
    .execute();
  const anniversaries = await db
    .selectFrom("facts")
    .select(["person_id", "refers_to"])
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "in", ids)
    .where("category", "=", "important_date")
    .where("text", "in", ANNIVERSARY_TEXTS)
    .where("refers_to", "is not", null)
    .where(factVisibleTo(viewerId))
    .orderBy("refers_to")
    .orderBy("id")
    .execute();
  const anniversaryOf = new Map<string, IsoDate>();
  for (const { person_id, refers_to } of anniversaries) {
    if (refers_to && !anniversaryOf.has(person_id)) anniversaryOf.set(person_id, refers_to);
  }
  const companyName = new Map(companies.map((c) => [c.id, c.name]));
  const relativesOf = new Map<string, ExportedContact["relatives"]>();
  for (const r of relations) {
    const relative = {
      name: [r.first_name, r.last_name].filter(Boolean).join(" "),
      kind: r.kind as RelationKind,
    };
    const list = relativesOf.get(r.person_id);
    if (list) list.push(relative);
    else relativesOf.set(r.person_id, [relative]);
  }
  return people.map((person) => ({
    person,
    companyName: person.companyId ? (companyName.get(person.companyId) ?? null) : null,
    relatives: relativesOf.get(person.id) ?? [],
    anniversary: anniversaryOf.get(person.id) ?? null,
  }));
}
