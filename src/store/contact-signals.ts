import { sql } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { Birthday } from "../core/model/person.ts";
import { type ContactSignals, computeSignalCutoffs, FACE_TO_FACE_KINDS } from "../core/relationship/index.ts";
import type { AddressForm, Importance, Party, Stage, Stance } from "../core/vocabulary.ts";
import { isIn, packedRow, unpackRow } from "./dialect.ts";
import type { Db } from "./open-store.ts";

/** Which contacts to compute signals for: one user's contacts, or named people. */
export type ContactScope = { ownerId: string } | { personIds: string[] };

export interface ContactWithSignals extends ContactSignals {
  firstName: string;
  lastName: string;
  stanceReason: string | null;
  birthday: Birthday | null;
  companyId: string | null;
}

/** The people of a scope as a subquery, so large scopes never travel as id lists. */
export function scopedPeople(db: Db, workspaceId: string, scope: ContactScope) {
  const query = db.selectFrom("people").select("people.id").where("people.workspace_id", "=", workspaceId);
  return "ownerId" in scope
    ? query.where("people.owner_id", "=", scope.ownerId).where("people.is_contact", "=", 1)
    : query.where(isIn(db, "people.id", scope.personIds));
}

/**
 * Restricts a query that joins `people as p` to the scope. Driving from the people of one owner
 * (index people_owner) lets the planner seek each person's rows instead of scanning the workspace.
 * Named people travel as one array parameter on PostgreSQL (see isIn).
 */
// biome-ignore lint/suspicious/noExplicitAny: works on any query that joins people as p
export function whereInScope<Q extends { where: (...args: any[]) => Q }>(
  db: Db,
  query: Q,
  workspaceId: string,
  scope: ContactScope,
): Q {
  const scoped = query.where("p.workspace_id", "=", workspaceId);
  if ("ownerId" in scope) return scoped.where("p.owner_id", "=", scope.ownerId).where("p.is_contact", "=", 1);
  return scoped.where(isIn(db, "p.id", scope.personIds));
}

/**
 * ContactSignals for every contact in scope with four queries in all: people, their all-time totals
 * (kept by triggers, migration 0900), one GROUP BY over only the last year of their interactions,
 * and one over the facts the viewer may see. Matches summariseInteractions() exactly (sums and
 * counts, not averages; see docs/decisions/025-contact-signals.md and 094-contact-totals.md).
 */
export async function loadContactSignals(
  db: Db,
  params: { workspaceId: string; viewerId: string; scope: ContactScope; now: IsoDateTime },
): Promise<ContactWithSignals[]> {
  const { workspaceId, viewerId, scope, now } = params;
  const [people, { windows, planned: plannedNamed }] = await Promise.all([
    loadPeopleWithTotals(db, workspaceId, viewerId, scope),
    "ownerId" in scope
      ? loadLastYear(db, params).then((windows) => ({ windows, planned: null }))
      : loadNamedLastYear(db, scope.personIds, now),
  ]);
  // Only contacts whose latest interaction lies after `now` have planned ones to subtract.
  const withPlans = people.filter((p) => p.last_at !== null && p.last_at > now).map((p) => p.id);
  const planned = plannedNamed ?? (await loadPlanned(db, withPlans, now));
  const windowOf = new Map<string, LastYearRow>();
  for (const w of windows) windowOf.set(w.person_id, w);
  const plannedOf = new Map<string, PlannedRow>();
  for (const f of planned) plannedOf.set(f.person_id, f);
  const contacts = people.map((row) => contactOf(row, windowOf, plannedOf, now, viewerId));
  await fillLastContactsBeforeNow(db, contacts, now);
  return contacts;
}

/**
 * One contact's signals as a single object literal: all-time totals minus what lies after `now`
 * give the counts up to now; the windowed parts come from the last year alone; "earlier" ratings
 * are the all-time sums minus those from the rating window on. (One literal, no spreads: the agenda
 * builds thousands of these and intermediate objects showed up as garbage collection.)
 */
function contactOf(
  row: PersonRow,
  windowOf: ReadonlyMap<string, LastYearRow>,
  plannedOf: ReadonlyMap<string, PlannedRow>,
  now: IsoDateTime,
  viewerId: string,
): ContactWithSignals {
  const w = windowOf.get(row.id);
  const f = plannedOf.get(row.id);
  const future = num(f?.n);
  const count = num(row.interaction_count) - future;
  const met = count > 0 && row.first_at !== null;
  const pastOnly = (total: unknown, ahead: unknown) => (met ? num(total) - num(ahead) : 0);
  return {
    personId: row.id,
    stage: row.stage as Stage,
    stance: row.stance as Stance,
    addressForm: row.address_form as AddressForm,
    addressFormSince: row.address_form_since,
    addressFormOfferedBy: row.address_form_offered_by as Party | null,
    knownSince: row.known_since,
    importance: row.importance as Importance,
    cadenceDays: row.cadence_days,
    createdAt: row.created_at,
    // When the latest total lies ahead, the last year tells the last real one (or a later query).
    lastInteractionAt: !met
      ? null
      : row.last_at !== null && row.last_at <= now
        ? row.last_at
        : (w?.last ?? null),
    firstInteractionAt: met ? row.first_at : null,
    interactionCount: met ? count : 0,
    countLast90Days: met ? num(w?.recent) : 0,
    countLast365Days: met ? num(w?.year) : 0,
    theyInitiatedCount: pastOnly(row.them_count, f?.them),
    personalCount: pastOnly(row.personal_count, f?.personal),
    faceToFaceCount: pastOnly(row.f2f_count, f?.f2f),
    trustRecentSum: met ? num(w?.tr_sum) : 0,
    trustRecentCount: met ? num(w?.tr_n) : 0,
    trustEarlierSum: pastOnly(row.trust_sum, num(w?.tr_sum) + num(f?.trust_sum)),
    trustEarlierCount: pastOnly(row.trust_n, num(w?.tr_n) + num(f?.trust_n)),
    resistanceRecentSum: met ? num(w?.rr_sum) : 0,
    resistanceRecentCount: met ? num(w?.rr_n) : 0,
    resistanceEarlierSum: pastOnly(row.resistance_sum, num(w?.rr_sum) + num(f?.resistance_sum)),
    resistanceEarlierCount: pastOnly(row.resistance_n, num(w?.rr_n) + num(f?.resistance_n)),
    factCount: num(row.fact_count),
    firstName: row.first_name,
    lastName: row.last_name,
    stanceReason:
      row.stance_reason_author_id === null || row.stance_reason_author_id === viewerId
        ? row.stance_reason
        : null,
    birthday:
      row.birthday_day !== null && row.birthday_month !== null
        ? { day: row.birthday_day, month: row.birthday_month, year: row.birthday_year }
        : null,
    companyId: row.company_id,
  };
}

/** PostgreSQL returns bigint sums as text; absent aggregates count as 0. */
function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** The person columns the rules read, and the all-time totals beside them. */
const PERSON_COLUMNS = [
  "p.id",
  "p.stage",
  "p.stance",
  "p.stance_reason",
  "p.stance_reason_author_id",
  "p.address_form",
  "p.address_form_since",
  "p.address_form_offered_by",
  "p.known_since",
  "p.importance",
  "p.cadence_days",
  "p.created_at",
  "p.first_name",
  "p.last_name",
  "p.birthday_day",
  "p.birthday_month",
  "p.birthday_year",
  "p.company_id",
] as const;
const TOTALS_COLUMNS = [
  "t.interaction_count",
  "t.first_at",
  "t.last_at",
  "t.them_count",
  "t.personal_count",
  "t.f2f_count",
  "t.trust_sum",
  "t.trust_n",
  "t.resistance_sum",
  "t.resistance_n",
] as const;

/**
 * People with their totals and the number of facts the viewer may see, packed (see packedRow):
 * the widest rows the agenda reads, one JSON array per contact.
 */
async function loadPeopleWithTotals(
  db: Db,
  workspaceId: string,
  viewerId: string,
  scope: ContactScope,
): Promise<PersonRow[]> {
  const visibleFacts = sql`(select count(*) from facts f where f.person_id = p.id
    and (f.author_id = ${viewerId} or f.shared = 1))`;
  const rows = await whereInScope(
    db,
    db
      .selectFrom("people as p")
      .leftJoin("contact_totals as t", "t.person_id", "p.id")
      .select(packedRow(db, [...PERSON_COLUMNS, ...TOTALS_COLUMNS, visibleFacts]).as("row")),
    workspaceId,
    scope,
  )
    .orderBy("p.id")
    .execute();
  return rows.map(({ row }) => unpackPerson(unpackRow(row)));
}

/**
 * The field names of a packed row: PERSON_COLUMNS and TOTALS_COLUMNS without their alias, then the
 * fact count. unpackPerson spells them out once more; a test holds the two in step.
 */
export const PACKED_FIELDS = [...PERSON_COLUMNS, ...TOTALS_COLUMNS]
  .map((column) => column.slice(2))
  .concat("fact_count");

/**
 * The packed row read back in the order of PACKED_FIELDS. Written out as one destructuring and one
 * literal rather than a loop over the names: objects built field by field cost the agenda 2 ms per
 * 2,000 contacts (0.1 ms this way) and are slower to read afterwards.
 */
export function unpackPerson(packed: unknown[]): PersonRow {
  const [
    id,
    stage,
    stance,
    stance_reason,
    stance_reason_author_id,
    address_form,
    address_form_since,
    address_form_offered_by,
    known_since,
    importance,
    cadence_days,
    created_at,
    first_name,
    last_name,
    birthday_day,
    birthday_month,
    birthday_year,
    company_id,
    interaction_count,
    first_at,
    last_at,
    them_count,
    personal_count,
    f2f_count,
    trust_sum,
    trust_n,
    resistance_sum,
    resistance_n,
    fact_count,
  ] = packed;
  return {
    id,
    stage,
    stance,
    stance_reason,
    stance_reason_author_id,
    address_form,
    address_form_since,
    address_form_offered_by,
    known_since,
    importance,
    cadence_days,
    created_at,
    first_name,
    last_name,
    birthday_day,
    birthday_month,
    birthday_year,
    company_id,
    interaction_count,
    first_at,
    last_at,
    them_count,
    personal_count,
    f2f_count,
    trust_sum,
    trust_n,
    resistance_sum,
    resistance_n,
    fact_count,
  } as PersonRow;
}

/**
 * Per person, the interactions of the past year up to `now`. Kept to the few aggregates the
 * windows need: evaluating expressions per row is what this query costs, not the index seeks.
 */
async function loadLastYear(
  db: Db,
  params: { workspaceId: string; scope: ContactScope; now: IsoDateTime },
): Promise<LastYearRow[]> {
  const { workspaceId, scope, now } = params;
  const cut = computeSignalCutoffs(now);
  const rated = sql`ip.occurred_at >= ${cut.ratings}`;
  const rows = await db
    .selectFrom("people as p")
    .innerJoin("interaction_participants as ip", "ip.person_id", "p.id")
    .select(
      packedRow(db, [
        "ip.person_id",
        sql`max(ip.occurred_at)`,
        sql`count(*)`,
        sql`sum(case when ip.occurred_at >= ${cut.recent} then 1 else 0 end)`,
        sql`sum(case when ${rated} then ip.trust end)`,
        sql`count(case when ${rated} then ip.trust end)`,
        sql`sum(case when ${rated} then ip.resistance end)`,
        sql`count(case when ${rated} then ip.resistance end)`,
      ]).as("row"),
    )
    .where("ip.occurred_at", ">=", cut.year)
    .where("ip.occurred_at", "<=", now)
    .$call((q) => whereInScope(db, q, workspaceId, scope))
    .groupBy("ip.person_id")
    .execute();
  return rows.map(({ row }) => {
    const [person_id, last, year, recent, tr_sum, tr_n, rr_sum, rr_n] = unpackRow(row);
    return { person_id, last, year, recent, tr_sum, tr_n, rr_sum, rr_n } as LastYearRow;
  });
}

/**
 * For named people (an analytics sample of up to 1,000, a deal's stakeholders), the last year and
 * what is planned after `now` in one pass over each person's rows from a year back on: the planned
 * rows are few, and asking for them afterwards cost a second round trip that waited for the people
 * (3–7 ms on a busy PostgreSQL). No join to people either: only rows of the people
 * loadPeopleWithTotals found in the workspace are ever read, and the join cost a seek per person.
 */
async function loadNamedLastYear(
  db: Db,
  personIds: string[],
  now: IsoDateTime,
): Promise<{ windows: LastYearRow[]; planned: PlannedRow[] }> {
  const cut = computeSignalCutoffs(now);
  const past = sql`ip.occurred_at <= ${now}`;
  const ahead = sql`ip.occurred_at > ${now}`;
  const rated = sql`ip.occurred_at >= ${cut.ratings} and ${past}`;
  const rows = await db
    .selectFrom("interaction_participants as ip")
    .select(
      packedRow(db, [
        "ip.person_id",
        sql`max(case when ${past} then ip.occurred_at end)`,
        sql`sum(case when ${past} then 1 else 0 end)`,
        sql`sum(case when ip.occurred_at >= ${cut.recent} and ${past} then 1 else 0 end)`,
        sql`sum(case when ${rated} then ip.trust end)`,
        sql`count(case when ${rated} then ip.trust end)`,
        sql`sum(case when ${rated} then ip.resistance end)`,
        sql`count(case when ${rated} then ip.resistance end)`,
        sql`sum(case when ${ahead} then 1 else 0 end)`,
        sql`sum(case when ${ahead} and ip.initiated_by = 'them' then 1 else 0 end)`,
        sql`sum(case when ${ahead} and ip.personal = 1 then 1 else 0 end)`,
        sql`sum(case when ${ahead} and ip.kind in (${sql.join(FACE_TO_FACE_KINDS)}) then 1 else 0 end)`,
        sql`sum(case when ${ahead} then ip.trust end)`,
        sql`count(case when ${ahead} then ip.trust end)`,
        sql`sum(case when ${ahead} then ip.resistance end)`,
        sql`count(case when ${ahead} then ip.resistance end)`,
      ]).as("row"),
    )
    .where("ip.occurred_at", ">=", cut.year)
    .where(isIn(db, "ip.person_id", personIds))
    .groupBy("ip.person_id")
    .execute();
  const windows: LastYearRow[] = [];
  const planned: PlannedRow[] = [];
  for (const { row } of rows) {
    const [person_id, last, year, recent, tr_sum, tr_n, rr_sum, rr_n, ...future] = unpackRow(row);
    if (num(year) > 0)
      windows.push({ person_id, last, year, recent, tr_sum, tr_n, rr_sum, rr_n } as LastYearRow);
    const [n, them, personal, f2f, trust_sum, trust_n, resistance_sum, resistance_n] = future;
    if (num(n) > 0) {
      planned.push({
        person_id,
        n,
        them,
        personal,
        f2f,
        trust_sum,
        trust_n,
        resistance_sum,
        resistance_n,
      } as PlannedRow);
    }
  }
  return { windows, planned };
}

/**
 * Per person, what is dated after `now` (planned meetings): in the totals, but counting nowhere
 * yet. Asked only for the few contacts whose latest total lies ahead.
 */
async function loadPlanned(db: Db, personIds: string[], now: IsoDateTime) {
  const rows: Awaited<ReturnType<typeof loadPlannedChunk>> = [];
  // Chunked: an id list stays far below both engines' limits on bound parameters.
  for (let i = 0; i < personIds.length; i += ID_CHUNK)
    rows.push(...(await loadPlannedChunk(db, personIds.slice(i, i + ID_CHUNK), now)));
  return rows;
}

const ID_CHUNK = 5_000;

function loadPlannedChunk(db: Db, personIds: string[], now: IsoDateTime) {
  return db
    .selectFrom("interaction_participants as ip")
    .select([
      "ip.person_id",
      sql<number>`count(*)`.as("n"),
      sql<number>`sum(case when ip.initiated_by = 'them' then 1 else 0 end)`.as("them"),
      sql<number>`sum(case when ip.personal = 1 then 1 else 0 end)`.as("personal"),
      sql<number>`sum(case when ip.kind in (${sql.join(FACE_TO_FACE_KINDS)}) then 1 else 0 end)`.as("f2f"),
      sql<number | null>`sum(ip.trust)`.as("trust_sum"),
      sql<number>`count(ip.trust)`.as("trust_n"),
      sql<number | null>`sum(ip.resistance)`.as("resistance_sum"),
      sql<number>`count(ip.resistance)`.as("resistance_n"),
    ])
    .where(isIn(db, "ip.person_id", personIds))
    .where("ip.occurred_at", ">", now)
    .groupBy("ip.person_id")
    .execute();
}

type PlannedRow = Awaited<ReturnType<typeof loadPlannedChunk>>[number];
/** One contact's interactions of the past year up to now: latest, counts and rating sums. */
interface LastYearRow {
  person_id: string;
  last: string;
  year: number;
  recent: number;
  tr_sum: number | null;
  tr_n: number;
  rr_sum: number | null;
  rr_n: number;
}
/** A person's columns (PERSON_COLUMNS), totals (TOTALS_COLUMNS, null when never met), fact count. */
interface PersonRow {
  id: string;
  stage: string;
  stance: string;
  stance_reason: string | null;
  stance_reason_author_id: string | null;
  address_form: string;
  address_form_since: string | null;
  address_form_offered_by: string | null;
  known_since: string | null;
  importance: number;
  cadence_days: number | null;
  created_at: string;
  first_name: string;
  last_name: string;
  birthday_day: number | null;
  birthday_month: number | null;
  birthday_year: number | null;
  company_id: string | null;
  interaction_count: number | null;
  first_at: string | null;
  last_at: string | null;
  them_count: number | null;
  personal_count: number | null;
  f2f_count: number | null;
  trust_sum: number | null;
  trust_n: number | null;
  resistance_sum: number | null;
  resistance_n: number | null;
  fact_count: number;
}

/**
 * The rare contact whose latest interaction is planned after `now` and whose last real one is more
 * than a year back: one query for all of them.
 */
async function fillLastContactsBeforeNow(db: Db, contacts: ContactWithSignals[], now: IsoDateTime) {
  const missing = contacts.filter((c) => c.interactionCount > 0 && c.lastInteractionAt === null);
  if (missing.length === 0) return;
  const rows = await db
    .selectFrom("interaction_participants")
    .select(["person_id", sql<string>`max(occurred_at)`.as("last")])
    .where(
      isIn(
        db,
        "person_id",
        missing.map((c) => c.personId),
      ),
    )
    .where("occurred_at", "<=", now)
    .groupBy("person_id")
    .execute();
  const lastOf = new Map(rows.map((r) => [r.person_id, r.last]));
  for (const contact of missing) contact.lastInteractionAt = lastOf.get(contact.personId) ?? null;
}
