import { type Expression, type ExpressionBuilder, type Selectable, type SqlBool, sql } from "kysely";
import type { IsoDate, IsoDateTime } from "../core/dates.ts";
import { channelKey } from "../core/duplicates/channel-key.ts";
import type { PhoneCountry } from "../core/duplicates/phone-country.ts";
import type { Channel, Person } from "../core/model/person.ts";
import type {
  PersonCreateInput,
  PersonFilters,
  PersonListQuery,
  PersonUpdateInput,
} from "../core/schemas/person.ts";
import type { PersonCursor } from "../core/schemas/person-cursor.ts";
import { sortKey } from "../core/search-terms.ts";
import type {
  AddressForm,
  ChannelKind,
  ChannelLabel,
  Importance,
  Party,
  Stage,
  Stance,
} from "../core/vocabulary.ts";
import { fromFlag, toFlag } from "./booleans.ts";
import { newId } from "./ids.ts";
import type { Db } from "./open-store.ts";
import { cachedTotal } from "./people-total.ts";
import type { Database, PeopleTable } from "./schema.ts";
import { reindexEntity, removeFromIndex } from "./search-index.ts";

type PersonRow = Selectable<PeopleTable>;

export async function insertPerson(
  db: Db,
  workspaceId: string,
  input: PersonCreateInput,
  meta: { now: IsoDateTime; authorId: string; id?: string; phoneCountry: PhoneCountry },
): Promise<string> {
  const id = meta.id ?? newId();
  await db
    .insertInto("people")
    .values({
      id,
      workspace_id: workspaceId,
      ...personColumns(input),
      sort_name: sortKey(input.lastName, input.firstName),
      stance_reason_author_id: input.stanceReason ? meta.authorId : null,
      created_at: meta.now,
      updated_at: meta.now,
    })
    .execute();
  await replaceChannels(db, workspaceId, id, input.channels, meta.phoneCountry);
  await replaceTags(db, workspaceId, id, input.tags);
  await insertStageChange(db, workspaceId, id, input.stage, meta.now, meta.authorId, null);
  if (input.addressForm === "du") {
    await insertAddressFormChange(db, workspaceId, id, {
      form: "du",
      changedOn: input.addressFormSince ?? meta.now.slice(0, 10),
      offeredBy: input.addressFormOfferedBy,
      recordedAt: meta.now,
    });
  }
  await indexPerson(db, workspaceId, id, input);
  return id;
}

function personColumns(input: Partial<PersonCreateInput>) {
  const columns: Partial<Omit<PersonRow, "id" | "workspace_id" | "created_at">> = {};
  if (input.firstName !== undefined) columns.first_name = input.firstName;
  if (input.lastName !== undefined) columns.last_name = input.lastName;
  if (input.companyId !== undefined) columns.company_id = input.companyId;
  if (input.jobTitle !== undefined) columns.job_title = input.jobTitle;
  if (input.isContact !== undefined) columns.is_contact = toFlag(input.isContact);
  if (input.birthday !== undefined) {
    columns.birthday_day = input.birthday?.day ?? null;
    columns.birthday_month = input.birthday?.month ?? null;
    columns.birthday_year = input.birthday?.year ?? null;
  }
  if (input.notes !== undefined) columns.notes = input.notes;
  if (input.photoUrl !== undefined) columns.photo_url = input.photoUrl;
  if (input.howWeMet !== undefined) columns.how_we_met = input.howWeMet;
  if (input.knownSince !== undefined) columns.known_since = input.knownSince;
  if (input.stance !== undefined) columns.stance = input.stance;
  if (input.stanceReason !== undefined) columns.stance_reason = input.stanceReason;
  if (input.stage !== undefined) columns.stage = input.stage;
  if (input.addressForm !== undefined) columns.address_form = input.addressForm;
  if (input.addressFormSince !== undefined) columns.address_form_since = input.addressFormSince;
  if (input.addressFormOfferedBy !== undefined) columns.address_form_offered_by = input.addressFormOfferedBy;
  if (input.importance !== undefined) columns.importance = input.importance;
  if (input.cadenceDays !== undefined) columns.cadence_days = input.cadenceDays;
  if (input.ownerId !== undefined) columns.owner_id = input.ownerId;
  if (input.isPublicOfficial !== undefined) columns.is_public_official = toFlag(input.isPublicOfficial);
  return columns as Omit<
    PersonRow,
    "id" | "workspace_id" | "created_at" | "updated_at" | "stance_reason_author_id"
  >;
}

/**
 * What a write of a person needs besides the data; a patch that may replace the channels also
 * needs the workspace's phone country to key them. Checked by the compiler, so that a caller
 * changing only a stage need not read the setting and a caller writing channels cannot forget it.
 */
export type PersonWriteMeta<P extends PersonUpdateInput> = {
  now: IsoDateTime;
  authorId: string;
} & ("channels" extends keyof P ? { phoneCountry: PhoneCountry } : { phoneCountry?: PhoneCountry });

/** Applies a partial update; records stage and address-form changes in their histories. */
export async function updatePerson<P extends PersonUpdateInput>(
  db: Db,
  current: Person,
  patch: P,
  meta: PersonWriteMeta<P>,
): Promise<void> {
  const columns: Partial<PersonRow> = { ...personColumns(patch), updated_at: meta.now };
  if (patch.firstName !== undefined || patch.lastName !== undefined) {
    columns.sort_name = sortKey(patch.lastName ?? current.lastName, patch.firstName ?? current.firstName);
  }
  if (patch.stanceReason !== undefined)
    columns.stance_reason_author_id = patch.stanceReason ? meta.authorId : null;
  await db
    .updateTable("people")
    .set(columns)
    .where("id", "=", current.id)
    .where("workspace_id", "=", current.workspaceId)
    .execute();
  if (patch.channels) {
    if (!meta.phoneCountry) throw new Error("updatePerson: channels need the phone country to be keyed");
    await replaceChannels(db, current.workspaceId, current.id, patch.channels, meta.phoneCountry);
  }
  if (patch.tags) await replaceTags(db, current.workspaceId, current.id, patch.tags);
  if (patch.stage && patch.stage !== current.stage) {
    await insertStageChange(db, current.workspaceId, current.id, patch.stage, meta.now, meta.authorId, null);
  }
  if (patch.addressForm && patch.addressForm !== current.addressForm) {
    await insertAddressFormChange(db, current.workspaceId, current.id, {
      form: patch.addressForm,
      changedOn: patch.addressFormSince ?? meta.now.slice(0, 10),
      offeredBy: patch.addressFormOfferedBy ?? null,
      recordedAt: meta.now,
    });
  }
  const merged = { ...current, ...patch };
  await indexPerson(db, current.workspaceId, current.id, merged);
}

async function indexPerson(
  db: Db,
  workspaceId: string,
  id: string,
  person: Pick<PersonCreateInput, "firstName" | "lastName" | "jobTitle" | "channels" | "tags">,
): Promise<void> {
  await reindexEntity(db, {
    workspaceId,
    entityType: "person",
    entityId: id,
    texts: [
      person.firstName,
      person.lastName,
      person.jobTitle,
      ...person.channels.filter((c) => c.kind === "email").map((c) => c.value.split("@")[0]),
      ...person.tags,
    ],
    visibleTo: null,
  });
}

/**
 * Takes people out of the search index with their facts, which go with them (cascade): called
 * before the people are deleted.
 */
export async function removePeopleFromIndex(db: Db, ids: string[]): Promise<void> {
  const facts = await db.selectFrom("facts").select("id").where("person_id", "in", ids).execute();
  await removeFromIndex(db, [...ids, ...facts.map((f) => f.id)]);
}

export async function deletePerson(db: Db, workspaceId: string, id: string): Promise<boolean> {
  await removePeopleFromIndex(db, [id]);
  const result = await db
    .deleteFrom("people")
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .execute();
  return Number(result[0]?.numDeletedRows ?? 0) > 0;
}

async function replaceChannels(
  db: Db,
  workspaceId: string,
  personId: string,
  channels: Channel[],
  phoneCountry: PhoneCountry,
): Promise<void> {
  await db.deleteFrom("person_channels").where("person_id", "=", personId).execute();
  if (channels.length === 0) return;
  await db
    .insertInto("person_channels")
    .values(
      channels.map((channel, position) => ({
        id: newId(),
        workspace_id: workspaceId,
        person_id: personId,
        position,
        kind: channel.kind,
        label: channel.label,
        value: channel.value,
        value_key: channelKey(channel.kind, channel.value, phoneCountry),
      })),
    )
    .execute();
}

async function replaceTags(db: Db, workspaceId: string, personId: string, tags: string[]): Promise<void> {
  await db.deleteFrom("person_tags").where("person_id", "=", personId).execute();
  const distinct = [...new Set(tags)];
  if (distinct.length === 0) return;
  await db
    .insertInto("person_tags")
    .values(distinct.map((tag) => ({ workspace_id: workspaceId, person_id: personId, tag })))
    .execute();
}

async function insertStageChange(
  db: Db,
  workspaceId: string,
  personId: string,
  stage: Stage,
  changedAt: IsoDateTime,
  changedBy: string | null,
  note: string | null,
): Promise<void> {
  await db
    .insertInto("stage_changes")
    .values({
      id: newId(),
      workspace_id: workspaceId,
      person_id: personId,
      stage,
      changed_at: changedAt,
      changed_by: changedBy,
      note,
    })
    .execute();
}

async function insertAddressFormChange(
  db: Db,
  workspaceId: string,
  personId: string,
  change: { form: AddressForm; changedOn: IsoDate; offeredBy: Party | null; recordedAt: IsoDateTime },
): Promise<void> {
  await db
    .insertInto("address_form_changes")
    .values({
      id: newId(),
      workspace_id: workspaceId,
      person_id: personId,
      form: change.form,
      changed_on: change.changedOn,
      offered_by: change.offeredBy,
      recorded_at: change.recordedAt,
    })
    .execute();
}

/**
 * People by id, in the order asked. `viewerId` decides private fields: a stance reason is shown
 * only to the user who wrote it.
 */
export async function findPeople(
  db: Db,
  workspaceId: string,
  ids: string[],
  viewerId: string,
): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("people")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .execute();
  const people = await hydrate(db, rows, viewerId);
  const byId = new Map(people.map((p) => [p.id, p]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findPerson(
  db: Db,
  workspaceId: string,
  id: string,
  viewerId: string,
): Promise<Person | undefined> {
  return (await findPeople(db, workspaceId, [id], viewerId))[0];
}

export interface PeoplePage {
  items: Person[];
  /** Only for the first page (no offset, no cursor): counting costs more than a page. */
  total: number | undefined;
  /** Where the next page starts, or null after the last row. */
  next: PersonCursor | null;
}

const SORT_COLUMNS = {
  name: "sort_name",
  created: "created_at",
  updated: "updated_at",
} as const;

/** The list filters as one condition on `people`: the list, its count and its export agree. */
export function peopleMatching(filters: PersonFilters) {
  return (eb: ExpressionBuilder<Database, "people">) => {
    const conditions: Array<Expression<SqlBool>> = [];
    if (filters.companyId) conditions.push(eb("people.company_id", "=", filters.companyId));
    if (filters.stance) conditions.push(eb("people.stance", "=", filters.stance));
    if (filters.stage) conditions.push(eb("people.stage", "=", filters.stage));
    if (filters.ownerId) conditions.push(eb("people.owner_id", "=", filters.ownerId));
    if (filters.tag) {
      const tag = filters.tag;
      conditions.push(
        eb.exists(
          eb
            .selectFrom("person_tags")
            .select("person_tags.person_id")
            .whereRef("person_tags.person_id", "=", "people.id")
            .where("person_tags.tag", "=", tag),
        ),
      );
    }
    return eb.and(conditions);
  };
}

/**
 * One page of people in the order asked, by offset or after a cursor (keyset: the page costs the
 * same however deep). The total comes with the first page only.
 */
export async function listPeople(
  db: Db,
  workspaceId: string,
  query: PersonListQuery,
  viewerId: string,
): Promise<PeoplePage> {
  let base = db
    .selectFrom("people")
    .where("people.workspace_id", "=", workspaceId)
    .where(peopleMatching(query));
  if (query.includeNonContacts !== "true") base = base.where("people.is_contact", "=", 1);
  const descending = query.sort.startsWith("-");
  const column = SORT_COLUMNS[query.sort.replace("-", "") as keyof typeof SORT_COLUMNS];
  const direction = descending ? "desc" : "asc";
  let page = base.selectAll("people");
  if (query.after) {
    // A row-value comparison: both engines seek the index (workspace_id, sort_name, id) to the
    // cursor and read on from there (spelled out as ORs, SQLite would scan from the start).
    const { key, id } = query.after;
    const row = sql`(${sql.ref(`people.${column}`)}, people.id)`;
    const cursor = sql`(${key}, ${id})`;
    page = page.where(descending ? sql<boolean>`${row} < ${cursor}` : sql<boolean>`${row} > ${cursor}`);
  }
  page = page
    .orderBy(`people.${column}`, direction)
    .orderBy("people.id", direction)
    .limit(query.limit + 1);
  if (!query.after && query.offset > 0) page = page.offset(query.offset);
  const firstPage = !query.after && query.offset === 0;
  const [rows, total] = await Promise.all([
    page.execute(),
    firstPage
      ? cachedTotal(db, JSON.stringify([workspaceId, filtersOf(query)]), async () => {
          const count = await base
            .select((eb) => eb.fn.countAll<number>().as("total"))
            .executeTakeFirstOrThrow();
          return Number(count.total);
        })
      : undefined,
  ]);
  const shown = rows.slice(0, query.limit);
  const last = shown[shown.length - 1];
  return {
    items: await hydrate(db, shown, viewerId),
    total,
    next: last && rows.length > query.limit ? { sort: query.sort, key: last[column], id: last.id } : null,
  };
}

/** What decides the count: everything in the query but paging and order. */
function filtersOf(query: PersonListQuery) {
  const { limit: _limit, offset: _offset, after: _after, sort: _sort, ...filters } = query;
  return filters;
}

/** Loads channels and tags of many people in two queries (never one per person). */
async function hydrate(db: Db, rows: PersonRow[], viewerId: string): Promise<Person[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [channels, tags] = await Promise.all([
    db
      .selectFrom("person_channels")
      .select(["person_id", "kind", "label", "value"])
      .where("person_id", "in", ids)
      .orderBy("person_id")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("person_tags")
      .select(["person_id", "tag"])
      .where("person_id", "in", ids)
      .orderBy("tag")
      .execute(),
  ]);
  const channelsOf = groupBy(channels, (c) => c.person_id);
  const tagsOf = groupBy(tags, (t) => t.person_id);
  return rows.map((row) =>
    toPerson(
      row,
      (channelsOf.get(row.id) ?? []).map((c) => ({
        kind: c.kind as ChannelKind,
        label: c.label as ChannelLabel,
        value: c.value,
      })),
      (tagsOf.get(row.id) ?? []).map((t) => t.tag),
      viewerId,
    ),
  );
}

function toPerson(row: PersonRow, channels: Channel[], tags: string[], viewerId: string): Person {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    firstName: row.first_name,
    lastName: row.last_name,
    companyId: row.company_id,
    jobTitle: row.job_title,
    isContact: fromFlag(row.is_contact),
    channels,
    birthday:
      row.birthday_day !== null && row.birthday_month !== null
        ? { day: row.birthday_day, month: row.birthday_month, year: row.birthday_year }
        : null,
    notes: row.notes,
    tags,
    photoUrl: row.photo_url,
    howWeMet: row.how_we_met,
    knownSince: row.known_since,
    stance: row.stance as Stance,
    stanceReason:
      row.stance_reason_author_id === null || row.stance_reason_author_id === viewerId
        ? row.stance_reason
        : null,
    stage: row.stage as Stage,
    addressForm: row.address_form as AddressForm,
    addressFormSince: row.address_form_since,
    addressFormOfferedBy: row.address_form_offered_by as Party | null,
    importance: row.importance as Importance,
    cadenceDays: row.cadence_days,
    isPublicOfficial: fromFlag(row.is_public_official),
    ownerId: row.owner_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Adds the user's note ("confirmed after the trade fair dinner") to the newest stage change. */
export async function annotateLatestStageChange(db: Db, workspaceId: string, personId: string, note: string) {
  const latest = await db
    .selectFrom("stage_changes")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "=", personId)
    .orderBy("changed_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  if (latest) await db.updateTable("stage_changes").set({ note }).where("id", "=", latest.id).execute();
}
