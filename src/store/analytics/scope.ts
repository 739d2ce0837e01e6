// Whose data an analytics figure reads: one user's contacts and deals, or the whole workspace.
import { sql } from "kysely";
import type { Db } from "../open-store.ts";

export interface AnalyticsFilter {
  workspaceId: string;
  /** The user whose contacts and deals count; null for the whole team. */
  ownerId: string | null;
}

/** The contacts in scope as a subquery, so a team of 100,000 never travels as an id list. */
export function contactsInScope(db: Db, filter: AnalyticsFilter) {
  const query = db
    .selectFrom("people")
    .select("people.id")
    .where("people.workspace_id", "=", filter.workspaceId)
    .where("people.is_contact", "=", 1);
  return filter.ownerId === null ? query : query.where("people.owner_id", "=", filter.ownerId);
}

/** Characters 26–29 of a UUIDv7 id are random (rand_b): a fixed, evenly spread sampling key. */
const SAMPLE_KEY = sql<string>`substr(people.id, 26, 4)`;
const KEY_SPACE = 0x10000;
/** Take a little more than needed by key, so chance leaves the sample full; the limit trims it. */
const OVERSAMPLE = 1.25;

/**
 * At most `limit` contacts of the scope, and how many there are. Beyond the limit, a fixed subset
 * stands in for all: contacts whose random id key falls below a threshold, so the database sorts
 * only about `limit` rows, not the whole workspace, and every request sees the same contacts.
 */
export async function sampleContacts(
  db: Db,
  filter: AnalyticsFilter,
  limit: number,
): Promise<{ ids: string[]; total: number }> {
  const count = await contactsInScope(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const total = Number(count.n);
  if (total <= limit) {
    const rows = await contactsInScope(db, filter).orderBy("people.id").execute();
    return { ids: rows.map((r) => r.id), total };
  }
  const below = Math.ceil((KEY_SPACE * limit * OVERSAMPLE) / total);
  let query = contactsInScope(db, filter);
  if (below < KEY_SPACE) query = query.where(SAMPLE_KEY, "<", below.toString(16).padStart(4, "0"));
  const rows = await query.orderBy(SAMPLE_KEY).orderBy("people.id").limit(limit).execute();
  return { ids: rows.map((r) => r.id), total };
}

/** Splits long id lists so no statement exceeds the engines' parameter limits. */
export function chunks<T>(items: readonly T[], size = 900): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
