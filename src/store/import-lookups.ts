import type { PersonName } from "../core/duplicates/names-match.ts";
import type { ChannelKind } from "../core/vocabulary.ts";
import type { Db } from "./open-store.ts";

// The reads an import needs per batch, each one query whatever the batch size.

const IN_LIST_MAX = 500;

export interface ChannelOwner {
  personId: string;
  key: string;
  firstName: string;
  lastName: string;
  importRunId: string | null;
}

/**
 * People that own a channel with one of these comparable values (see channelKey), with their names
 * (a shared switchboard number is no match) and the import that created each (null when typed in),
 * so an import knows its own people from earlier batches.
 */
export async function findChannelOwners(
  db: Db,
  workspaceId: string,
  kind: ChannelKind,
  keys: string[],
): Promise<ChannelOwner[]> {
  const found: ChannelOwner[] = [];
  for (const chunk of chunks(keys)) {
    const rows = await db
      .selectFrom("person_channels as c")
      .innerJoin("people as p", "p.id", "c.person_id")
      .select(["c.person_id", "c.value_key", "p.first_name", "p.last_name", "p.import_run_id"])
      .where("c.workspace_id", "=", workspaceId)
      .where("c.kind", "=", kind)
      .where("c.value_key", "in", chunk)
      .where("p.is_contact", "=", 1)
      .orderBy("p.created_at")
      .orderBy("p.id")
      .execute();
    for (const row of rows) {
      found.push({
        personId: row.person_id,
        key: row.value_key,
        firstName: row.first_name,
        lastName: row.last_name,
        importRunId: row.import_run_id ?? null,
      });
    }
  }
  return found;
}

/** Companies by folded name; the oldest first where a workspace already has two of the same name. */
export async function findCompaniesBySortName(
  db: Db,
  workspaceId: string,
  sortNames: string[],
): Promise<Array<{ id: string; sortName: string }>> {
  const found: Array<{ id: string; sortName: string }> = [];
  for (const chunk of chunks(sortNames)) {
    const rows = await db
      .selectFrom("companies")
      .select(["id", "sort_name"])
      .where("workspace_id", "=", workspaceId)
      .where("sort_name", "in", chunk)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    for (const row of rows) found.push({ id: row.id, sortName: row.sort_name });
  }
  return found;
}

export interface ContactOfCompany {
  id: string;
  sortName: string;
  firstName: string;
  lastName: string;
  /** The import that created the contact; null when typed in. */
  importRunId: string | null;
  /** Comparable keys of the contact's email addresses: two mailboxes keep close names apart. */
  emails: string[];
}

/**
 * The contacts of companies with these folded names, for matching by name within a company, with
 * their email keys (a second query by person, not a join that repeats each name per address).
 */
export async function listContactNamesOfCompanies(
  db: Db,
  workspaceId: string,
  sortNames: string[],
): Promise<ContactOfCompany[]> {
  const found: ContactOfCompany[] = [];
  for (const chunk of chunks(sortNames)) {
    const rows = await db
      .selectFrom("people as p")
      .innerJoin("companies as c", "c.id", "p.company_id")
      .select(["p.id", "c.sort_name", "p.first_name", "p.last_name", "p.import_run_id"])
      .where("c.workspace_id", "=", workspaceId)
      .where("c.sort_name", "in", chunk)
      .where("p.is_contact", "=", 1)
      .orderBy("p.created_at")
      .orderBy("p.id")
      .execute();
    for (const row of rows) {
      found.push({
        id: row.id,
        sortName: row.sort_name,
        firstName: row.first_name,
        lastName: row.last_name,
        importRunId: row.import_run_id ?? null,
        emails: [],
      });
    }
  }
  const emails = await listEmailKeys(
    db,
    found.map((contact) => contact.id),
  );
  for (const contact of found) contact.emails = emails.get(contact.id) ?? [];
  return found;
}

/** The comparable keys of these people's email addresses, in each one's order; absent: none. */
export async function listEmailKeys(db: Db, personIds: string[]): Promise<Map<string, string[]>> {
  const emails = new Map<string, string[]>();
  for (const chunk of chunks([...new Set(personIds)])) {
    const rows = await db
      .selectFrom("person_channels")
      .select(["person_id", "value_key"])
      .where("person_id", "in", chunk)
      .where("kind", "=", "email")
      .orderBy("person_id")
      .orderBy("position")
      .execute();
    for (const row of rows) {
      const list = emails.get(row.person_id);
      if (list) list.push(row.value_key);
      else emails.set(row.person_id, [row.value_key]);
    }
  }
  return emails;
}

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += IN_LIST_MAX) result.push(items.slice(i, i + IN_LIST_MAX));
  return result;
}

/** The names of these people in the workspace, by id: for an import's report of whom rows matched. */
export async function listPersonNames(
  db: Db,
  workspaceId: string,
  personIds: string[],
): Promise<Map<string, PersonName>> {
  const names = new Map<string, PersonName>();
  for (const chunk of chunks([...new Set(personIds)])) {
    const rows = await db
      .selectFrom("people")
      .select(["id", "first_name", "last_name"])
      .where("workspace_id", "=", workspaceId)
      .where("id", "in", chunk)
      .execute();
    for (const row of rows) names.set(row.id, { firstName: row.first_name, lastName: row.last_name });
  }
  return names;
}
