import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import type { DialectName } from "../store/dialect.ts";
import { openStore, type Store } from "../store/open-store.ts";
import { TEST_DIALECTS } from "./dialects.ts";

/**
 * A fresh database on a real engine: a SQLite file in a temporary folder, or a new database on the
 * run's PostgreSQL server. Migrations are applied from empty, as on a first start.
 */
export async function openTestStore(dialect: DialectName): Promise<Store> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-test-"));
    const store = await openStore({ url: path.join(dir, "test.sqlite") });
    return {
      ...store,
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `kf_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return openStore({ url: url.toString() });
}

const LABEL: Record<DialectName, string> = { sqlite: "[sqlite]", postgres: "[postgres]" };

/**
 * Runs one suite against every engine. Tests inside share a database per engine and file, and stay
 * independent by creating their own workspace (every query is scoped by workspace).
 */
export function describeEachStore(
  name: string,
  suite: (store: () => Store, dialect: DialectName) => void,
): void {
  for (const dialect of TEST_DIALECTS) {
    describe(`${LABEL[dialect]} ${name}`, () => {
      let store: Store | undefined;
      beforeAll(async () => {
        store = await openTestStore(dialect);
      });
      afterAll(async () => {
        await store?.close();
      });
      suite(() => {
        if (!store) throw new Error("store not open yet");
        return store;
      }, dialect);
    });
  }
}
