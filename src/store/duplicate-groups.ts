import type { Db } from "./open-store.ts";
import { groupBy } from "./people.ts";

// The workspace's likely duplicates in one look: people who share an email or phone, and contacts
// with the exact same (folded) name at the same company. Each is one grouped read of an index the
// import's matching already keeps (person_channels_key, people_sort); the close-name rule of a single
// person (Meier / Maier) is left to the person page, where it reads one company's staff.

export interface DuplicateGroupKeys {
  personIds: string[];
}

/** A person holding a shared email or phone, with the name that tells a switchboard from a duplicate. */
export interface ChannelSharer {
  personId: string;
  firstName: string;
  lastName: string;
}

/**
 * More people than one person's records ever are (a person entered five times is a data-quality
 * job of its own): a phone shared this widely is a switchboard, never a group of duplicates. Kept
 * out of the grouped read, a company's switchboard does not use up the keys read per list.
 */
export const PHONE_SHARERS_MAX = 5;

/**
 * Emails held by more than one person, and phones held by two to PHONE_SHARERS_MAX, at most
 * `limit` of them, each with its people.
 */
export async function listSharedChannels(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<Array<{ kind: "email" | "phone"; sharers: ChannelSharer[] }>> {
  const shared = await db
    .selectFrom("person_channels")
    .select(["kind", "value_key"])
    .where("workspace_id", "=", workspaceId)
    .where("kind", "in", ["email", "phone"])
    .groupBy(["kind", "value_key"])
    // count(*), not count(distinct person_id): the index (workspace_id, kind, value_key) answers it
    // alone. One person holding the same address twice makes a group of one, dropped below. A phone
    // held by more people than a duplicate ever is, is a company's switchboard.
    .having((eb) =>
      eb.and([
        eb(eb.fn.countAll(), ">", 1),
        eb.or([eb("kind", "=", "email"), eb(eb.fn.countAll(), "<=", PHONE_SHARERS_MAX)]),
      ]),
    )
    .orderBy("kind")
    .orderBy("value_key")
    .limit(limit)
    .execute();
  const groups: Array<{ kind: "email" | "phone"; sharers: ChannelSharer[] }> = [];
  for (const kind of ["email", "phone"] as const) {
    const keys = shared.filter((row) => row.kind === kind).map((row) => row.value_key);
    if (keys.length === 0) continue;
    const owners = await db
      .selectFrom("person_channels as c")
      .innerJoin("people as p", "p.id", "c.person_id")
      .select(["c.value_key", "c.person_id", "p.first_name", "p.last_name"])
      .where("c.workspace_id", "=", workspaceId)
      .where("c.kind", "=", kind)
      .where("c.value_key", "in", keys)
      .orderBy("c.value_key")
      .orderBy("c.person_id")
      .execute();
    for (const rows of groupBy(owners, (row) => row.value_key).values()) {
      const sharers = new Map<string, ChannelSharer>();
      for (const row of rows) {
        sharers.set(row.person_id, {
          personId: row.person_id,
          firstName: row.first_name,
          lastName: row.last_name,
        });
      }
      if (sharers.size > 1) groups.push({ kind, sharers: [...sharers.values()] });
    }
  }
  return groups;
}

/**
 * Names held by more than one contact are read from the index (workspace_id, sort_name, id) alone,
 * more of them than groups are wanted: namesakes at different companies (many a Thomas Müller) are
 * among them and are dropped once the company is known.
 */
const NAMES_READ_PER_GROUP = 10;

/** Contacts with the same folded name at the same company (or both without one). */
export async function listSharedNames(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<DuplicateGroupKeys[]> {
  const shared = await db
    .selectFrom("people")
    .select("sort_name")
    .where("workspace_id", "=", workspaceId)
    .groupBy("sort_name")
    .having((eb) => eb.fn.countAll(), ">", 1)
    .orderBy("sort_name")
    .limit(limit * NAMES_READ_PER_GROUP)
    .execute();
  if (shared.length === 0) return [];
  const people = await db
    .selectFrom("people")
    .select(["id", "sort_name", "company_id"])
    .where("workspace_id", "=", workspaceId)
    .where("is_contact", "=", 1)
    .where(
      "sort_name",
      "in",
      shared.map((row) => row.sort_name),
    )
    .orderBy("sort_name")
    .orderBy("id")
    .execute();
  const byNameAndCompany = groupBy(people, (person) => `${person.sort_name}\u0000${person.company_id ?? ""}`);
  return [...byNameAndCompany.values()]
    .filter((namesakes) => namesakes.length > 1)
    .slice(0, limit)
    .map((namesakes) => ({ personIds: namesakes.map((person) => person.id) }));
}
