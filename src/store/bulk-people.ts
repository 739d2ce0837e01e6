import type { IsoDateTime } from "../core/dates.ts";
import type { Birthday, Channel } from "../core/model/person.ts";
import { indexTerms, sortKey } from "../core/search-terms.ts";
import type { RelationKind } from "../core/vocabulary.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import { channelKey } from "./people.ts";

// Multi-row INSERTs for imports: a batch of 500 people is a handful of statements instead of
// thousands. Rows get the same defaults and the same search terms as insertPerson/insertCompany,
// so an imported contact is indistinguishable from one typed in.

/** Bound parameters per statement; SQLite allows 32,766, PostgreSQL 65,535. */
const MAX_PARAMETERS = 30_000;

export interface BulkPerson {
  id: string;
  firstName: string;
  lastName: string;
  companyId: string | null;
  jobTitle: string | null;
  /** False for family members, who are known by name only. */
  isContact: boolean;
  channels: Channel[];
  birthday: Birthday | null;
  notes: string | null;
  tags: string[];
  photoUrl: string | null;
  ownerId: string | null;
}

export interface BulkRelation {
  personId: string;
  relatedPersonId: string;
  kind: RelationKind;
}

/**
 * The texts a person is found by. Mirrors `indexPerson` in people.ts (names, job title, the local
 * part of each email, tags); a test compares both so they cannot drift apart.
 */
export function personIndexTexts(
  person: Pick<BulkPerson, "firstName" | "lastName" | "jobTitle" | "channels" | "tags">,
): Array<string | null> {
  return [
    person.firstName,
    person.lastName,
    person.jobTitle,
    ...person.channels.filter((c) => c.kind === "email").map((c) => c.value.split("@")[0] ?? ""),
    ...person.tags,
  ];
}

export async function insertPeopleBulk(
  db: Db,
  workspaceId: string,
  people: BulkPerson[],
  meta: { now: IsoDateTime; authorId: string },
): Promise<void> {
  if (people.length === 0) return;
  await insertChunked(
    people.map((p) => ({
      id: p.id,
      workspace_id: workspaceId,
      first_name: p.firstName,
      last_name: p.lastName,
      sort_name: sortKey(p.lastName, p.firstName),
      company_id: p.companyId,
      job_title: p.jobTitle,
      is_contact: p.isContact ? 1 : 0,
      birthday_day: p.birthday?.day ?? null,
      birthday_month: p.birthday?.month ?? null,
      birthday_year: p.birthday?.year ?? null,
      notes: p.notes,
      photo_url: p.photoUrl,
      how_we_met: null,
      known_since: null,
      stance: "befriend",
      stance_reason: null,
      stance_reason_author_id: null,
      stage: "business_contact",
      address_form: "sie",
      address_form_since: null,
      address_form_offered_by: null,
      importance: 3,
      cadence_days: null,
      owner_id: p.ownerId,
      is_public_official: 0,
      created_at: meta.now,
      updated_at: meta.now,
    })),
    (rows) => db.insertInto("people").values(rows).execute(),
  );
  await insertChunked(
    people.flatMap((p) =>
      p.channels.map((channel, position) => ({
        id: newId(),
        workspace_id: workspaceId,
        person_id: p.id,
        position,
        kind: channel.kind,
        label: channel.label,
        value: channel.value,
        value_key: channelKey(channel.kind, channel.value),
      })),
    ),
    (rows) => db.insertInto("person_channels").values(rows).execute(),
  );
  await insertChunked(
    people.flatMap((p) =>
      [...new Set(p.tags)].map((tag) => ({ workspace_id: workspaceId, person_id: p.id, tag })),
    ),
    (rows) => db.insertInto("person_tags").values(rows).execute(),
  );
  await insertChunked(
    people.map((p) => ({
      id: newId(),
      workspace_id: workspaceId,
      person_id: p.id,
      stage: "business_contact",
      changed_at: meta.now,
      changed_by: meta.authorId,
      note: null,
    })),
    (rows) => db.insertInto("stage_changes").values(rows).execute(),
  );
  await insertSearchTerms(
    db,
    workspaceId,
    "person",
    people.map((p) => ({ id: p.id, texts: personIndexTexts(p) })),
  );
}

export async function insertCompaniesBulk(
  db: Db,
  workspaceId: string,
  companies: Array<{ id: string; name: string }>,
  now: IsoDateTime,
): Promise<void> {
  if (companies.length === 0) return;
  await insertChunked(
    companies.map((c) => ({
      id: c.id,
      workspace_id: workspaceId,
      name: c.name,
      sort_name: sortKey(c.name),
      website: null,
      industry: null,
      city: null,
      notes: null,
      created_at: now,
      updated_at: now,
    })),
    (rows) => db.insertInto("companies").values(rows).execute(),
  );
  // insertCompany indexes name, city and industry; an imported company has only its name.
  await insertSearchTerms(
    db,
    workspaceId,
    "company",
    companies.map((c) => ({ id: c.id, texts: [c.name] })),
  );
}

export async function insertRelationsBulk(
  db: Db,
  workspaceId: string,
  relations: BulkRelation[],
  now: IsoDateTime,
): Promise<void> {
  await insertChunked(
    relations.map((r) => ({
      id: newId(),
      workspace_id: workspaceId,
      person_id: r.personId,
      related_person_id: r.relatedPersonId,
      kind: r.kind,
      created_at: now,
    })),
    (rows) => db.insertInto("relations").values(rows).execute(),
  );
}

async function insertSearchTerms(
  db: Db,
  workspaceId: string,
  entityType: "person" | "company",
  entities: Array<{ id: string; texts: Array<string | null> }>,
): Promise<void> {
  await insertChunked(
    entities.flatMap(({ id, texts }) =>
      indexTerms(texts.filter((t): t is string => Boolean(t)).join(" ")).map((term) => ({
        workspace_id: workspaceId,
        term,
        entity_type: entityType,
        entity_id: id,
        visible_to: null,
      })),
    ),
    (rows) => db.insertInto("search_terms").values(rows).execute(),
  );
}

/** Splits rows so that no statement binds more parameters than both engines accept. */
export async function insertChunked<R extends object>(
  rows: R[],
  insert: (chunk: R[]) => Promise<unknown>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) {
    await insert(rows.slice(start, start + size));
  }
}
