import { sql } from "kysely";
import { expect } from "vitest";
import type { Store } from "../store/open-store.ts";

/**
 * Waits until one session of the test's database waits for a lock: the concurrent call a test
 * started has reached the lock this test's open transaction holds. PostgreSQL only; SQLite runs
 * one transaction at a time, so there the concurrent call simply starts after the commit.
 */
export async function untilOneWaitsForLock(store: Store): Promise<void> {
  if (store.dialect !== "postgres") return;
  const waiting = async () =>
    Number(
      (
        await sql<{ n: number }>`select count(*) as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(store.db)
      ).rows[0]?.n,
    );
  await expect.poll(waiting).toBe(1);
}
