import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openTestStore } from "../test/stores.ts";
import { withRareCheckpoints } from "./checkpoints.ts";
import type { Db, Store } from "./open-store.ts";

async function autocheckpoint(db: Db): Promise<number> {
  const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
  return Number(rows[0]?.wal_autocheckpoint);
}

describe("rare checkpoints during a bulk write (SQLite)", () => {
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it("checkpoints every 50,000 pages while the work runs and at SQLite's default again after it", async () => {
    store = await openTestStore("sqlite");
    const db = store.db;
    expect(await autocheckpoint(db)).toBe(1_000);
    const during = await withRareCheckpoints(db, () => autocheckpoint(db));
    expect(during).toBe(50_000);
    expect(await autocheckpoint(db)).toBe(1_000);
  });

  it("restores the default when the work fails, and passes the failure on", async () => {
    store = await openTestStore("sqlite");
    const db = store.db;
    await expect(
      withRareCheckpoints(db, async () => {
        throw new Error("Datei kaputt");
      }),
    ).rejects.toThrow("Datei kaputt");
    expect(await autocheckpoint(db)).toBe(1_000);
  });
});
