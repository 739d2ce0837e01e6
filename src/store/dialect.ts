import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";

// The few places where SQLite and PostgreSQL differ live here, and only here.

export type DialectName = "sqlite" | "postgres";

// biome-ignore lint/suspicious/noExplicitAny: works on any schema, including inside migrations
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

/**
 * Byte-order collation for columns compared with prefix ranges (search terms, sort names).
 * SQLite compares text bytewise by default; PostgreSQL needs "C" or the server locale reorders
 * strings and breaks `term >= 'mul' AND term < 'mum'`.
 */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema, including inside migrations
export function byteOrderCollation(db: Kysely<any>): RawBuilder<unknown> {
  return dialectOf(db) === "postgres" ? sql`collate "C"` : sql``;
}
