import type { Db } from "../open-store.ts";
import { type ColumnRef, listPersonReferences, rowsReferencing } from "./catalog.ts";

type Row = Record<string, unknown>;

/** snake_case row → camelCase object without workspace_id: the readable form of a raw row. */
export function readableRow(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === "workspace_id") continue;
    out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}

export interface PersonData {
  person: Row | undefined;
  company: Row | null;
  channels: Row[];
  tags: string[];
  facts: Row[];
  interactions: Row[];
  selfChecks: Row[];
  openLoops: Row[];
  relations: Row[];
  stageChanges: Row[];
  addressFormChanges: Row[];
  gifts: Row[];
  deals: Row[];
  accessRequests: Row[];
  auditEntries: Row[];
  privacy: Row | undefined;
  /** Every row that references the person, by table, found through the schema catalog. */
  records: Record<string, Row[]>;
}

/**
 * Everything stored about one person, unfiltered by author: the controller answers an access
 * request for the whole workspace (decision 081). Readable sections plus the raw `records`.
 */
export async function loadPersonData(db: Db, workspaceId: string, personId: string): Promise<PersonData> {
  const person = await db
    .selectFrom("people")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", personId)
    .executeTakeFirst();
  const interactionIds = db
    .selectFrom("interaction_participants")
    .select("interaction_id")
    .where("person_id", "=", personId);
  const [company, channels, tags, facts, interactions, participants, selfChecks, openLoops, relations] =
    await Promise.all([
      person?.company_id
        ? db
            .selectFrom("companies")
            .select(["id", "name"])
            .where("id", "=", person.company_id)
            .executeTakeFirst()
        : undefined,
      db
        .selectFrom("person_channels")
        .selectAll()
        .where("person_id", "=", personId)
        .orderBy("position")
        .execute(),
      db.selectFrom("person_tags").select("tag").where("person_id", "=", personId).orderBy("tag").execute(),
      db
        .selectFrom("facts")
        .selectAll()
        .where("person_id", "=", personId)
        .orderBy("learned_on")
        .orderBy("id")
        .execute(),
      db
        .selectFrom("interactions")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .where("id", "in", interactionIds)
        .orderBy("occurred_at")
        .orderBy("id")
        .execute(),
      db
        .selectFrom("interaction_participants")
        .select(["interaction_id", "person_id"])
        .where("interaction_id", "in", interactionIds)
        .execute(),
      db
        .selectFrom("reflections")
        .selectAll()
        .where("interaction_id", "in", interactionIds)
        .orderBy("created_at")
        .execute(),
      db
        .selectFrom("open_loops")
        .selectAll()
        .where("person_id", "=", personId)
        .orderBy("created_at")
        .execute(),
      db
        .selectFrom("relations as r")
        .innerJoin("people as a", "a.id", "r.person_id")
        .innerJoin("people as b", "b.id", "r.related_person_id")
        .select([
          "r.id",
          "r.kind",
          "r.person_id",
          "r.related_person_id",
          "a.first_name as person_first_name",
          "a.last_name as person_last_name",
          "b.first_name as related_first_name",
          "b.last_name as related_last_name",
          "r.created_at",
        ])
        .where((eb) => eb.or([eb("r.person_id", "=", personId), eb("r.related_person_id", "=", personId)]))
        .execute(),
    ]);
  const [stageChanges, addressFormChanges, gifts, deals, accessRequests, auditEntries, privacy, records] =
    await Promise.all([
      db
        .selectFrom("stage_changes")
        .selectAll()
        .where("person_id", "=", personId)
        .orderBy("changed_at")
        .execute(),
      db
        .selectFrom("address_form_changes")
        .selectAll()
        .where("person_id", "=", personId)
        .orderBy("changed_on")
        .execute(),
      db.selectFrom("gifts").selectAll().where("person_id", "=", personId).orderBy("occurred_on").execute(),
      db
        .selectFrom("deal_stakeholders as s")
        .innerJoin("deals as d", "d.id", "s.deal_id")
        .select([
          "d.id as deal_id",
          "d.title",
          "d.kind",
          "d.status",
          "d.stage",
          "d.value_cents",
          "s.role",
          "s.influence",
          "s.warmth_at_close",
        ])
        .where("s.person_id", "=", personId)
        .orderBy("d.created_at")
        .execute(),
      db
        .selectFrom("access_requests")
        .selectAll()
        .where("person_id", "=", personId)
        .orderBy("received_on")
        .execute(),
      db
        .selectFrom("audit_log")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .where("target_id", "=", personId)
        .orderBy("at")
        .orderBy("id")
        .execute(),
      db.selectFrom("person_privacy").selectAll().where("person_id", "=", personId).executeTakeFirst(),
      loadReferencingRecords(db, personId),
    ]);
  const participantCount = new Map<string, number>();
  for (const p of participants)
    participantCount.set(p.interaction_id, (participantCount.get(p.interaction_id) ?? 0) + 1);
  return {
    person: person ? readableRow(person) : undefined,
    company: company ? readableRow(company) : null,
    channels: channels.map(readableRow),
    tags: tags.map((t) => t.tag),
    facts: facts.map(readableRow),
    interactions: interactions.map((i) => ({
      ...readableRow(i),
      participantCount: participantCount.get(i.id) ?? 0,
    })),
    selfChecks: selfChecks.map(readableRow),
    openLoops: openLoops.map(readableRow),
    relations: relations.map(readableRow),
    stageChanges: stageChanges.map(readableRow),
    addressFormChanges: addressFormChanges.map(readableRow),
    gifts: gifts.map(readableRow),
    deals: deals.map(readableRow),
    accessRequests: accessRequests.map(readableRow),
    auditEntries: auditEntries.map((a) => ({ ...readableRow(a), detail: parseJson(a.detail) })),
    privacy: privacy ? readableRow(privacy) : undefined,
    records,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The person's own row and every row of every table that references them, raw. */
export async function loadReferencingRecords(db: Db, personId: string): Promise<Record<string, Row[]>> {
  const refs: ColumnRef[] = [{ table: "people", column: "id" }, ...(await listPersonReferences(db))];
  const records: Record<string, Row[]> = {};
  for (const ref of refs) {
    const rows = await rowsReferencing(db, ref, personId);
    if (rows.length === 0) continue;
    const list = records[ref.table] ?? [];
    for (const row of rows) {
      const key = JSON.stringify(row);
      if (!list.some((existing) => JSON.stringify(existing) === key)) list.push(row);
    }
    records[ref.table] = list;
  }
  return records;
}
