import { sql } from "kysely";
import type { IsoDateTime } from "../../core/dates.ts";
import {
  ERASED,
  type ErasureSubject,
  identifyingStrings,
  participantStrings,
  scrubText,
} from "../../core/privacy/scrub.ts";
import type { ChannelKind, ChannelLabel } from "../../core/vocabulary.ts";
import { personIndexTexts } from "../bulk-people.ts";
import type { Db } from "../open-store.ts";
import { reindexEntity, removeFromIndex } from "../search-index.ts";
import { listColumns } from "./catalog.ts";

export type ErasureMode = "erase" | "anonymise";

export interface ErasureCounts {
  /** The person, plus family members who were linked only to them. */
  peopleErased: number;
  relativesErased: number;
  interactionsDeleted: number;
  /** Conversations with other participants: kept, the person removed and their name scrubbed. */
  interactionsKept: number;
  /** Rows elsewhere in the workspace whose text named the person and was scrubbed. */
  rowsScrubbed: number;
  /** Deals the person was a stakeholder in: kept with their amounts (business records). */
  dealsKept: number;
}

/** Never rewritten: the audit log is append-only (and must record the erasure); the index is rebuilt. */
const SKIP_TABLES = new Set([
  "audit_log",
  "search_terms",
  "credentials",
  "users",
  "invitations",
  "rate_limits",
  "workspaces",
]);

/**
 * Erases a person everywhere in one transaction (pass the transaction's `db`): their rows, family
 * members linked only to them, conversations they had alone; removes them from shared
 * conversations and scrubs their name, emails and phone numbers from every text column of the
 * workspace (read from the catalog). In "anonymise" mode the person row stays as an anonymous
 * stand-in so stakeholder rows and shared conversations keep their business meaning.
 */
export async function erasePersonEverywhere(
  db: Db,
  workspaceId: string,
  personId: string,
  mode: ErasureMode,
  now: IsoDateTime,
): Promise<ErasureCounts | undefined> {
  const exists = await db
    .selectFrom("people")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", personId)
    .executeTakeFirst();
  if (!exists) return undefined;
  const counts: ErasureCounts = {
    peopleErased: 0,
    relativesErased: 0,
    interactionsDeleted: 0,
    interactionsKept: 0,
    rowsScrubbed: 0,
    dealsKept: 0,
  };
  const deals = await db
    .selectFrom("deal_stakeholders")
    .select((eb) => eb.fn.count<number>("deal_id").distinct().as("n"))
    .where("person_id", "=", personId)
    .executeTakeFirst();
  counts.dealsKept = Number(deals?.n ?? 0);
  for (const relativeId of await familyOnlyRelatives(db, workspaceId, personId)) {
    await eraseOne(db, workspaceId, relativeId, "erase", now, counts);
    counts.relativesErased += 1;
  }
  await eraseOne(db, workspaceId, personId, mode, now, counts);
  counts.peopleErased += 1;
  return counts;
}

/** Non-contacts (family members) whose every relation is with this person. */
async function familyOnlyRelatives(db: Db, workspaceId: string, personId: string): Promise<string[]> {
  const linked = await db
    .selectFrom("relations")
    .select(["person_id", "related_person_id"])
    .where("workspace_id", "=", workspaceId)
    .where((eb) => eb.or([eb("person_id", "=", personId), eb("related_person_id", "=", personId)]))
    .execute();
  const candidates = [
    ...new Set(linked.map((r) => (r.person_id === personId ? r.related_person_id : r.person_id))),
  ].filter((id) => id !== personId);
  if (candidates.length === 0) return [];
  const [nonContacts, otherLinks] = await Promise.all([
    db.selectFrom("people").select("id").where("id", "in", candidates).where("is_contact", "=", 0).execute(),
    db
      .selectFrom("relations")
      .select(["person_id", "related_person_id"])
      .where((eb) => eb.or([eb("person_id", "in", candidates), eb("related_person_id", "in", candidates)]))
      .where("person_id", "<>", personId)
      .where("related_person_id", "<>", personId)
      .execute(),
  ]);
  const elsewhere = new Set(otherLinks.flatMap((r) => [r.person_id, r.related_person_id]));
  return nonContacts.map((p) => p.id).filter((id) => !elsewhere.has(id));
}

async function eraseOne(
  db: Db,
  workspaceId: string,
  personId: string,
  mode: ErasureMode,
  now: IsoDateTime,
  counts: ErasureCounts,
): Promise<void> {
  const person = await db
    .selectFrom("people")
    .select(["first_name", "last_name"])
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  const channels = await db
    .selectFrom("person_channels")
    .select("value")
    .where("person_id", "=", personId)
    .execute();
  const subject: ErasureSubject = {
    firstName: person.first_name,
    lastName: person.last_name,
    channelValues: channels.map((c) => c.value),
  };

  // Conversations: alone → deleted (erase); with others → the person leaves, the name goes.
  const participations = await db
    .selectFrom("interaction_participants")
    .select(["interaction_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where(
      "interaction_id",
      "in",
      db.selectFrom("interaction_participants").select("interaction_id").where("person_id", "=", personId),
    )
    .groupBy("interaction_id")
    .execute();
  const alone = participations.filter((p) => Number(p.n) === 1).map((p) => p.interaction_id);
  const shared = participations.filter((p) => Number(p.n) > 1).map((p) => p.interaction_id);
  const kept = mode === "erase" ? shared : [...shared, ...alone];
  if (mode === "erase" && alone.length > 0) {
    await db
      .deleteFrom("interactions")
      .where("workspace_id", "=", workspaceId)
      .where("id", "in", alone)
      .execute();
    counts.interactionsDeleted += alone.length;
  }
  if (kept.length > 0) {
    if (mode === "erase") {
      await db
        .deleteFrom("interaction_participants")
        .where("person_id", "=", personId)
        .where("interaction_id", "in", kept)
        .execute();
    }
    counts.interactionsKept += kept.length;
    counts.rowsScrubbed += await scrubRows(
      db,
      "interactions",
      ["summary", "outcome"],
      kept,
      participantStrings(subject),
    );
    counts.rowsScrubbed += await scrubReflections(db, kept, participantStrings(subject));
  }

  const factIds = (await db.selectFrom("facts").select("id").where("person_id", "=", personId).execute()).map(
    (f) => f.id,
  );
  await removeFromIndex(db, [personId, ...factIds]);
  if (mode === "erase") {
    // Facts, channels, tags, relations, open loops, histories, gifts, stakeholder rows and the
    // privacy record cascade; data-subject requests keep their dates with person_id set null.
    await db
      .deleteFrom("people")
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", personId)
      .execute();
  } else {
    await anonymise(db, workspaceId, personId, now);
  }
  counts.rowsScrubbed += await scrubWorkspace(db, workspaceId, identifyingStrings(subject));
}

async function anonymise(db: Db, workspaceId: string, personId: string, now: IsoDateTime): Promise<void> {
  for (const table of [
    "facts",
    "person_channels",
    "person_tags",
    "open_loops",
    "gifts",
    "address_form_changes",
    "person_privacy",
  ] as const) {
    await db.deleteFrom(table).where("person_id", "=", personId).execute();
  }
  await db
    .deleteFrom("relations")
    .where((eb) => eb.or([eb("person_id", "=", personId), eb("related_person_id", "=", personId)]))
    .execute();
  await db.updateTable("stage_changes").set({ note: null }).where("person_id", "=", personId).execute();
  await db
    .updateTable("people")
    .set({
      first_name: "",
      last_name: ERASED,
      sort_name: ERASED,
      job_title: null,
      is_contact: 0,
      birthday_day: null,
      birthday_month: null,
      birthday_year: null,
      notes: null,
      photo_url: null,
      how_we_met: null,
      known_since: null,
      stance_reason: null,
      stance_reason_author_id: null,
      owner_id: null,
      sensitive_decision: null,
      sensitive_categories: null,
      updated_at: now,
    })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", personId)
    .execute();
}

async function scrubRows(
  db: Db,
  table: "interactions",
  columns: readonly ("summary" | "outcome")[],
  ids: readonly string[],
  needles: readonly string[],
): Promise<number> {
  const rows = await db
    .selectFrom(table)
    .select(["id", ...columns])
    .where("id", "in", ids)
    .execute();
  let changed = 0;
  for (const row of rows) {
    const set: Record<string, string> = {};
    for (const column of columns) {
      const value = row[column];
      if (typeof value !== "string") continue;
      const scrubbed = scrubText(value, needles);
      if (scrubbed !== value) set[column] = scrubbed;
    }
    if (Object.keys(set).length === 0) continue;
    await db.updateTable(table).set(set).where("id", "=", row.id).execute();
    changed += 1;
  }
  return changed;
}

async function scrubReflections(db: Db, interactionIds: readonly string[], needles: readonly string[]) {
  const rows = await db
    .selectFrom("reflections")
    .select(["id", "note"])
    .where("interaction_id", "in", interactionIds)
    .where("note", "is not", null)
    .execute();
  let changed = 0;
  for (const row of rows) {
    const scrubbed = scrubText(row.note ?? "", needles);
    if (scrubbed === row.note) continue;
    await db.updateTable("reflections").set({ note: scrubbed }).where("id", "=", row.id).execute();
    changed += 1;
  }
  return changed;
}

/**
 * Scrubs the strings from every text column of every workspace table the catalog lists, so a
 * table added later is covered too. A LIKE pre-filter finds candidates; the exact whole-word
 * replacement happens in scrubText. Rows are updated by value (same old text → same new text),
 * which needs no primary key. Touched facts, people and companies are re-indexed for search.
 */
async function scrubWorkspace(db: Db, workspaceId: string, needles: readonly string[]): Promise<number> {
  if (needles.length === 0) return 0;
  const columns = await listColumns(db);
  const withWorkspace = new Set(columns.filter((c) => c.column === "workspace_id").map((c) => c.table));
  const targets = columns.filter(
    (c) =>
      c.isText &&
      withWorkspace.has(c.table) &&
      !SKIP_TABLES.has(c.table) &&
      c.column !== "id" &&
      !c.column.endsWith("_id"),
  );
  let changed = 0;
  const touched = { facts: new Set<string>(), people: new Set<string>(), companies: new Set<string>() };
  for (const { table, column } of targets) {
    const matches = needles.map(
      (n) => sql<boolean>`lower(${sql.ref(column)}) like ${`%${n.toLowerCase()}%`}`,
    );
    const { rows } = await sql<{ value: string }>`select distinct ${sql.ref(column)} as value
      from ${sql.table(table)} where workspace_id = ${workspaceId} and (${sql.join(matches, sql` or `)})`.execute(
      db,
    );
    for (const { value } of rows) {
      const scrubbed = scrubText(value, needles);
      if (scrubbed === value) continue;
      if (table in touched) {
        const { rows: ids } = await sql<{ id: string }>`select id from ${sql.table(table)}
          where workspace_id = ${workspaceId} and ${sql.ref(column)} = ${value}`.execute(db);
        for (const { id } of ids) touched[table as keyof typeof touched].add(id);
      }
      const result = await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${scrubbed}
        where workspace_id = ${workspaceId} and ${sql.ref(column)} = ${value}`.execute(db);
      changed += Number(result.numAffectedRows ?? 0);
    }
  }
  await reindexTouched(db, workspaceId, touched);
  return changed;
}

async function reindexTouched(
  db: Db,
  workspaceId: string,
  touched: { facts: Set<string>; people: Set<string>; companies: Set<string> },
): Promise<void> {
  if (touched.facts.size > 0) {
    const facts = await db
      .selectFrom("facts")
      .select(["id", "text", "shared", "author_id"])
      .where("id", "in", [...touched.facts])
      .execute();
    for (const f of facts) {
      await reindexEntity(db, {
        workspaceId,
        entityType: "fact",
        entityId: f.id,
        texts: [f.text],
        visibleTo: f.shared === 1 ? null : f.author_id,
      });
    }
  }
  for (const id of touched.people) {
    const person = await db
      .selectFrom("people")
      .select(["first_name", "last_name", "job_title"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!person) continue;
    const [channels, tags] = await Promise.all([
      db
        .selectFrom("person_channels")
        .select(["kind", "label", "value"])
        .where("person_id", "=", id)
        .execute(),
      db.selectFrom("person_tags").select("tag").where("person_id", "=", id).execute(),
    ]);
    await reindexEntity(db, {
      workspaceId,
      entityType: "person",
      entityId: id,
      texts: personIndexTexts({
        firstName: person.first_name,
        lastName: person.last_name,
        jobTitle: person.job_title,
        channels: channels.map((c) => ({
          kind: c.kind as ChannelKind,
          label: c.label as ChannelLabel,
          value: c.value,
        })),
        tags: tags.map((t) => t.tag),
      }),
      visibleTo: null,
    });
  }
  if (touched.companies.size > 0) {
    const companies = await db
      .selectFrom("companies")
      .select(["id", "name", "city", "industry"])
      .where("id", "in", [...touched.companies])
      .execute();
    for (const c of companies) {
      await reindexEntity(db, {
        workspaceId,
        entityType: "company",
        entityId: c.id,
        texts: [c.name, c.city, c.industry],
        visibleTo: null,
      });
    }
  }
}
