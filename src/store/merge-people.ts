import { type Selectable, sql } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import { sortKey } from "../core/search-terms.ts";
import { personIndexTexts } from "./bulk-people.ts";
import type { Db } from "./open-store.ts";
import { deletePerson, findPerson } from "./people.ts";
import type { PeopleTable } from "./schema.ts";
import { reindexEntity } from "./search-index.ts";

type PersonRow = Selectable<PeopleTable>;

/** Columns taken from the merged person when the kept one has none; nothing is ever overwritten. */
const FILLABLE = [
  "company_id",
  "job_title",
  "notes",
  "photo_url",
  "how_we_met",
  "known_since",
  "cadence_days",
  "owner_id",
] as const;

/**
 * Folds person `mergeId` into `keepId`: every row that points at the merged person is re-pointed
 * (facts, conversations, open loops, relations, gifts, deal roles, histories, channels, tags,
 * data-protection records),
 * empty fields of the kept person are filled, then the merged person is deleted and the kept one
 * reindexed. Runs in the caller's transaction. Where both already share a conversation or a deal,
 * the kept person's row stays (the tables allow one row per person there).
 */
export async function mergePersonInto(
  db: Db,
  workspaceId: string,
  keepId: string,
  mergeId: string,
  meta: { now: IsoDateTime; viewerId: string },
): Promise<boolean> {
  const rows = await db
    .selectFrom("people")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", [keepId, mergeId])
    .execute();
  const keep = rows.find((r) => r.id === keepId);
  const merge = rows.find((r) => r.id === mergeId);
  if (!keep || !merge) return false;

  await db
    .updateTable("people")
    .set(filledColumns(keep, merge, meta.now))
    .where("id", "=", keepId)
    .execute();
  await moveChannels(db, keepId, mergeId);
  // Tags are compared without case, as the import does: "VIP" and "vip" are one tag.
  await db
    .updateTable("person_tags")
    .set({ person_id: keepId })
    .where("person_id", "=", mergeId)
    .where(
      sql<boolean>`lower(tag) not in (select lower(kept.tag) from person_tags kept where kept.person_id = ${keepId})`,
    )
    .execute();
  for (const table of ["facts", "open_loops", "gifts", "stage_changes", "address_form_changes"] as const) {
    await db.updateTable(table).set({ person_id: keepId }).where("person_id", "=", mergeId).execute();
  }
  await db
    .updateTable("interaction_participants")
    .set({ person_id: keepId })
    .where("person_id", "=", mergeId)
    .where("interaction_id", "not in", (eb) =>
      eb.selectFrom("interaction_participants").select("interaction_id").where("person_id", "=", keepId),
    )
    .execute();
  await db
    .updateTable("deal_stakeholders")
    .set({ person_id: keepId })
    .where("person_id", "=", mergeId)
    .where("deal_id", "not in", (eb) =>
      eb.selectFrom("deal_stakeholders").select("deal_id").where("person_id", "=", keepId),
    )
    .execute();
  await moveRelations(db, keepId, mergeId);
  await movePrivacy(db, keepId, mergeId, meta.now);

  await deletePerson(db, workspaceId, mergeId);
  const kept = await findPerson(db, workspaceId, keepId, meta.viewerId);
  if (kept) {
    await reindexEntity(db, {
      workspaceId,
      entityType: "person",
      entityId: keepId,
      texts: personIndexTexts(kept),
      visibleTo: null,
    });
  }
  return true;
}

function filledColumns(keep: PersonRow, merge: PersonRow, now: IsoDateTime): Partial<PersonRow> {
  const columns: Partial<PersonRow> = { updated_at: now };
  const fill = columns as Record<string, unknown>;
  for (const column of FILLABLE) {
    if (keep[column] === null && merge[column] !== null) fill[column] = merge[column];
  }
  if (keep.birthday_day === null && merge.birthday_day !== null) {
    columns.birthday_day = merge.birthday_day;
    columns.birthday_month = merge.birthday_month;
    columns.birthday_year = merge.birthday_year;
  }
  if (keep.stance_reason === null && merge.stance_reason !== null) {
    columns.stance_reason = merge.stance_reason;
    columns.stance_reason_author_id = merge.stance_reason_author_id;
  }
  // A compliance flag is safer kept than lost: either record saying "public official" wins.
  if (merge.is_public_official === 1) columns.is_public_official = 1;
  const firstName = keep.first_name || merge.first_name;
  const lastName = keep.last_name || merge.last_name;
  if (firstName !== keep.first_name || lastName !== keep.last_name) {
    columns.first_name = firstName;
    columns.last_name = lastName;
    columns.sort_name = sortKey(lastName, firstName);
  }
  return columns;
}

/** The merged person's channels the kept one lacks are appended after the kept ones, in their order. */
async function moveChannels(db: Db, keepId: string, mergeId: string): Promise<void> {
  const channels = await db
    .selectFrom("person_channels")
    .select(["id", "person_id", "kind", "value_key", "position"])
    .where("person_id", "in", [keepId, mergeId])
    .orderBy("position")
    .orderBy("id")
    .execute();
  const kept = channels.filter((c) => c.person_id === keepId);
  const known = new Set(kept.map((c) => `${c.kind}:${c.value_key}`));
  let position = kept.reduce((max, c) => Math.max(max, c.position), -1);
  for (const channel of channels.filter((c) => c.person_id === mergeId)) {
    const key = `${channel.kind}:${channel.value_key}`;
    if (known.has(key)) continue;
    known.add(key);
    position += 1;
    await db
      .updateTable("person_channels")
      .set({ person_id: keepId, position })
      .where("id", "=", channel.id)
      .execute();
  }
}

/** Relations in both directions move; a relation of the two to each other, or a doubled one, goes. */
async function moveRelations(db: Db, keepId: string, mergeId: string): Promise<void> {
  await db.updateTable("relations").set({ person_id: keepId }).where("person_id", "=", mergeId).execute();
  await db
    .updateTable("relations")
    .set({ related_person_id: keepId })
    .where("related_person_id", "=", mergeId)
    .execute();
  await db
    .deleteFrom("relations")
    .where("person_id", "=", keepId)
    .where("related_person_id", "=", keepId)
    .execute();
  const relations = await db
    .selectFrom("relations")
    .select(["id", "person_id", "related_person_id", "kind"])
    .where((eb) => eb.or([eb("person_id", "=", keepId), eb("related_person_id", "=", keepId)]))
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const seen = new Set<string>();
  const doubled: string[] = [];
  for (const r of relations) {
    const key = `${r.person_id}|${r.related_person_id}|${r.kind}`;
    if (seen.has(key)) doubled.push(r.id);
    seen.add(key);
  }
  if (doubled.length > 0) await db.deleteFrom("relations").where("id", "in", doubled).execute();
}

/**
 * Data-protection records follow the person: requests are re-pointed; the merged person's privacy
 * settings move when the kept one has none, else every opt-out and objection of either is kept —
 * a "no" given on one record must not be lost by merging it away.
 */
async function movePrivacy(db: Db, keepId: string, mergeId: string, now: IsoDateTime): Promise<void> {
  await db
    .updateTable("access_requests")
    .set({ person_id: keepId })
    .where("person_id", "=", mergeId)
    .execute();
  const rows = await db
    .selectFrom("person_privacy")
    .selectAll()
    .where("person_id", "in", [keepId, mergeId])
    .execute();
  const kept = rows.find((r) => r.person_id === keepId);
  const merged = rows.find((r) => r.person_id === mergeId);
  if (!merged) return;
  if (!kept) {
    await db
      .updateTable("person_privacy")
      .set({ person_id: keepId })
      .where("person_id", "=", mergeId)
      .execute();
    return;
  }
  await db
    .updateTable("person_privacy")
    .set({
      opt_out_email: Math.max(kept.opt_out_email, merged.opt_out_email),
      opt_out_phone: Math.max(kept.opt_out_phone, merged.opt_out_phone),
      opt_out_post: Math.max(kept.opt_out_post, merged.opt_out_post),
      opt_out_greetings: Math.max(kept.opt_out_greetings, merged.opt_out_greetings),
      objected_on: kept.objected_on ?? merged.objected_on,
      updated_at: now,
    })
    .where("person_id", "=", keepId)
    .execute();
}
