import { sql } from "kysely";
import { dialectOf } from "./dialect.ts";
import type { Db } from "./open-store.ts";

// Counting a workspace's contacts reads every row (is_contact is in no index): ~30 ms at 100,000
// people, more than the page itself. The count only changes when data changes, so on SQLite it is
// kept per question and reused while the database's data version stays the same (decision 093).

interface Entry {
  version: string;
  total: number;
}

/** Per open database; a handful of filter combinations per workspace, bounded all the same. */
const cache = new WeakMap<Db, Map<string, Entry>>();
const MAX_ENTRIES = 1_000;

/**
 * The count `count()` returns, from the cache when nothing was written since it was taken.
 * `key` names the question (workspace and filters). Counts inside a transaction, and on
 * PostgreSQL (no cheap data version), are always taken fresh.
 */
export async function cachedTotal(db: Db, key: string, count: () => Promise<number>): Promise<number> {
  if (dialectOf(db) !== "sqlite" || db.isTransaction) return count();
  // Read before counting: a write in between then leaves a stale version, never a stale count.
  const version = await sqliteDataVersion(db);
  let entries = cache.get(db);
  const hit = entries?.get(key);
  if (hit && hit.version === version) return hit.total;
  const total = await count();
  if (!entries) {
    entries = new Map();
    cache.set(db, entries);
  }
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(key, { version, total });
  return total;
}

/**
 * Changes on this connection (total_changes, counting uncommitted ones too) and commits by any
 * other connection or process (data_version): together they move on every write to the file.
 */
async function sqliteDataVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ changes: number; version: number }>`
    select total_changes() as changes, (select data_version from pragma_data_version) as version
  `.execute(db);
  const row = rows[0];
  return `${row?.changes}:${row?.version}`;
}
