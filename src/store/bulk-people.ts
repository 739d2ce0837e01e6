import type { IsoDate, IsoDateTime } from "../core/dates.ts";
import { channelKey } from "../core/duplicates/channel-key.ts";
import type { PhoneCountry } from "../core/duplicates/phone-country.ts";
import type { Birthday, Channel } from "../core/model/person.ts";
import { sortKey } from "../core/search-terms.ts";
import type { RelationKind } from "../core/vocabulary.ts";
import { newBulkId as newId } from "./bulk-ids.ts";
import { insertFlatRows, insertRows, type RowValue } from "./insert-rows.ts";
import type { Db } from "./open-store.ts";
import { indexNewEntities } from "./search-index.ts";

// Multi-row INSERTs for imports: a batch of 500 people is a handful of statements instead of
// thousands. Rows get the same defaults and the same search terms as insertPerson/insertCompany,
// so an imported contact is indistinguishable from one typed in.

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
  knownSince: IsoDate | null;
  howWeMet: string | null;
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

const PEOPLE_COLUMNS = [
  "id",
  "workspace_id",
  "first_name",
  "last_name",
  "sort_name",
  "company_id",
  "job_title",
  "is_contact",
  "birthday_day",
  "birthday_month",
  "birthday_year",
  "notes",
  "known_since",
  "how_we_met",
  "photo_url",
  "stance",
  "stage",
  "address_form",
  "importance",
  "owner_id",
  "is_public_official",
  "created_at",
  "updated_at",
  "import_run_id",
] as const;

export async function insertPeopleBulk(
  db: Db,
  workspaceId: string,
  people: BulkPerson[],
  meta: { now: IsoDateTime; authorId: string; importRunId: string | null; phoneCountry: PhoneCountry },
): Promise<void> {
  if (people.length === 0) return;
  // Columns an import never fills (how we met, stance reason, cadence …) keep their NULL default.
  // Values are laid out flat, one array per table and batch: per-row arrays were a tenth of the
  // garbage of a 100,000-row import.
  const rows: RowValue[] = [];
  const channels: RowValue[] = [];
  const tags: RowValue[] = [];
  const stages: RowValue[] = [];
  for (const p of people) {
    const b = p.birthday;
    rows.push(
      p.id,
      workspaceId,
      p.firstName,
      p.lastName,
      sortKey(p.lastName, p.firstName),
      p.companyId,
      p.jobTitle,
      p.isContact ? 1 : 0,
      b ? b.day : null,
      b ? b.month : null,
      b ? b.year : null,
      p.notes,
      p.knownSince,
      p.howWeMet,
      p.photoUrl,
      "befriend",
      "business_contact",
      "sie",
      3,
      p.ownerId,
      0,
      meta.now,
      meta.now,
      meta.importRunId,
    );
    p.channels.forEach((channel, position) => {
      channels.push(
        newId(),
        workspaceId,
        p.id,
        position,
        channel.kind,
        channel.label,
        channel.value,
        channelKey(channel.kind, channel.value, meta.phoneCountry),
      );
    });
    for (const tag of new Set(p.tags)) tags.push(workspaceId, p.id, tag);
    stages.push(newId(), workspaceId, p.id, "business_contact", meta.now, meta.authorId, null);
  }
  await insertFlatRows(db, "people", PEOPLE_COLUMNS, rows);
  await insertFlatRows(db, "person_channels", CHANNEL_COLUMNS, channels);
  await insertFlatRows(db, "person_tags", ["workspace_id", "person_id", "tag"], tags);
  await insertFlatRows(db, "stage_changes", STAGE_COLUMNS, stages);
  await indexNewEntities(
    db,
    workspaceId,
    "person",
    people.map((p) => ({ id: p.id, texts: personIndexTexts(p), visibleTo: null })),
  );
}

const CHANNEL_COLUMNS = [
  "id",
  "workspace_id",
  "person_id",
  "position",
  "kind",
  "label",
  "value",
  "value_key",
] as const;
const STAGE_COLUMNS = [
  "id",
  "workspace_id",
  "person_id",
  "stage",
  "changed_at",
  "changed_by",
  "note",
] as const;

export async function insertCompaniesBulk(
  db: Db,
  workspaceId: string,
  companies: Array<{ id: string; name: string }>,
  meta: { now: IsoDateTime; importRunId: string | null },
): Promise<void> {
  if (companies.length === 0) return;
  const { now, importRunId } = meta;
  await insertRows(
    db,
    "companies",
    ["id", "workspace_id", "name", "sort_name", "created_at", "updated_at", "import_run_id"],
    companies.map((c) => [c.id, workspaceId, c.name, sortKey(c.name), now, now, importRunId]),
  );
  // insertCompany indexes name, city and industry; an imported company has only its name.
  await indexNewEntities(
    db,
    workspaceId,
    "company",
    companies.map((c) => ({ id: c.id, texts: [c.name], visibleTo: null })),
  );
}

export async function insertRelationsBulk(
  db: Db,
  workspaceId: string,
  relations: BulkRelation[],
  now: IsoDateTime,
): Promise<void> {
  await insertRows(
    db,
    "relations",
    ["id", "workspace_id", "person_id", "related_person_id", "kind", "created_at"],
    relations.map((r) => [newId(), workspaceId, r.personId, r.relatedPersonId, r.kind, now]),
  );
}
