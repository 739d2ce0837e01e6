import { sql } from "kysely";
import { dialectOf } from "./dialect.ts";
import type { Db } from "./open-store.ts";

/** SQLite's default: a checkpoint whenever a commit leaves more than 1,000 pages in the WAL. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;
/**
 * During a bulk write: every 50,000 pages (200 MB of WAL). An import batch dirties thousands of
 * index pages; with the default, nearly every commit copied them back into the database file and
 * the same hot pages were written again and again (100,000 contacts: 3.8 GB written, decision 098).
 */
const BULK_AUTOCHECKPOINT_PAGES = 50_000;

/**
 * Runs a bulk write (an import) with SQLite checkpointing its write-ahead log rarely, then
 * checkpoints once at the end, so the next ordinary request does not pay for the import's pages.
 * The setting belongs to the connection: requests served meanwhile commit as always, only their
 * checkpoints wait too. PostgreSQL needs nothing of this.
 */
export async function withRareCheckpoints<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== "sqlite") return work();
  await sql`pragma wal_autocheckpoint = ${sql.raw(String(BULK_AUTOCHECKPOINT_PAGES))}`.execute(db);
  try {
    return await work();
  } finally {
    await sql`pragma wal_autocheckpoint = ${sql.raw(String(DEFAULT_AUTOCHECKPOINT_PAGES))}`.execute(db);
    // PASSIVE: copies what no reader still needs and never waits for anyone.
    await sql`pragma wal_checkpoint(passive)`.execute(db);
  }
}
