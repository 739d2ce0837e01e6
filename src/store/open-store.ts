import { mkdirSync } from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DialectName } from "./dialect.ts";
import { MIGRATIONS } from "./migrations/index.ts";
import type { Database } from "./schema.ts";
import { withStatementCache } from "./statement-cache.ts";

export type Db = Kysely<Database>;

export interface Store {
  db: Db;
  dialect: DialectName;
  /** Where the data lives, for messages ("SQLite at …", "PostgreSQL at host/db"). */
  location: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** A postgres:// URL, or a path / file: URL of a SQLite file. */
  url: string;
  /** Apply pending migrations on open (the default; `migrate` turns it off to report first). */
  migrate?: boolean;
  /**
   * SQLite's private page cache in MB (default 48, see openSqlite). A process that only runs an
   * import gains little from more than a few MB (the rows are appended, the duplicate lookups read
   * one index page per email or phone), and every MB is resident memory (decision 098).
   */
  pageCacheMb?: number;
}

// int8 (COUNT, SUM, bigint cents) arrives from pg as a string to protect precision beyond 2^53.
// Our figures stay far below that, so numbers are the honest type.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The SQLite file inside a data folder. */
export function sqliteFileIn(dataDir: string): string {
  return path.join(dataDir, "kundenfreund.sqlite");
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = isPostgresUrl(options.url)
    ? openPostgres(options.url)
    : openSqlite(options.url, options.pageCacheMb ?? DEFAULT_PAGE_CACHE_MB);
  if (options.migrate !== false) {
    try {
      await migrateToLatest(store.db);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

const DEFAULT_PAGE_CACHE_MB = 48;

function openSqlite(url: string, pageCacheMb: number): Store {
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // WAL lets readers go on while one writer commits; NORMAL sync is durable across application
  // crashes (WAL), trading only the last commits on power loss, as most embedded apps do.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // 48 MB of page cache (SQLite's own, private memory). The agenda of one salesperson touches a page
  // per contact in five tables and indexes spread over a 1.6 GB file at 100,000 people: 104 ms at
  // 32 MB, 78 ms at 48 MB, 64 ms at 64 MB. 64 MB put the server 4 MB over its 250 MB budget after
  // load (docs/decisions/094), so 48 MB. No mmap_size: mapped pages count as the server's RSS too
  // (+73 MB measured with 256 MB mapped).
  sqlite.pragma(`cache_size = -${Math.round(pageCacheMb * 1024)}`);
  // Keep the planner's statistics fresh for a long-lived connection (cheap: bounded analysis).
  sqlite.pragma("optimize = 0x10002");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: "sqlite",
    location: `SQLite ${path.resolve(file)}`,
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): Store {
  // No parallel plans: Kundenfreund's queries read a few thousand rows at most, and starting
  // parallel workers cost more than they saved (journey for a whole team at 100,000 people: 155 ms
  // with workers, 33 ms without; decision 095).
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: "-c max_parallel_workers_per_gather=0",
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const parsed = new URL(url);
  return {
    db,
    dialect: "postgres",
    location: `PostgreSQL ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`,
    close: () => db.destroy(),
  };
}

export interface MigrationReport {
  applied: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: the migrator works below the typed schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: "schema_migrations",
    migrationLockTableName: "schema_migrations_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
