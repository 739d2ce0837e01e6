import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachStore } from "../test/stores.ts";
import { openStore } from "./open-store.ts";

describeEachStore("store: connection settings", (store) => {
  it("SQLite keeps a 48 MB page cache and enforces foreign keys; PostgreSQL sessions plan without parallel workers", async () => {
    const { db, dialect } = store();
    if (dialect === "sqlite") {
      const cache = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
      expect(cache.rows[0]?.cache_size).toBe(-49_152);
      const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(keys.rows[0]?.foreign_keys).toBe(1);
    } else {
      const parallel = await sql<{
        max_parallel_workers_per_gather: string;
      }>`show max_parallel_workers_per_gather`.execute(db);
      expect(parallel.rows[0]?.max_parallel_workers_per_gather).toBe("0");
    }
  });
});

it("a SQLite store opened for a bulk job keeps the smaller page cache it asks for", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-cache-"));
  const store = await openStore({ url: path.join(dir, "bulk.sqlite"), pageCacheMb: 16 });
  try {
    const cache = await sql<{ cache_size: number }>`pragma cache_size`.execute(store.db);
    expect(cache.rows[0]?.cache_size).toBe(-16_384);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
