import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from "kysely";

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

/**
 * Packs a row's columns into one JSON array. Drivers build row objects property by property (slow,
 * dictionary-mode objects); for screens that read thousands of wide rows, one value per row and a
 * JSON.parse is about four times cheaper. Read it back with `unpackRow`.
 */
export function packedRow(
  // biome-ignore lint/suspicious/noExplicitAny: works on any schema
  db: Kysely<any>,
  columns: ReadonlyArray<string | RawBuilder<unknown>>,
): RawBuilder<unknown> {
  const list = sql.join(columns.map((column) => (typeof column === "string" ? sql.ref(column) : column)));
  return dialectOf(db) === "postgres" ? sql`json_build_array(${list})` : sql`json_array(${list})`;
}

/** SQLite hands the packed row over as text, PostgreSQL's driver has already parsed it. */
export function unpackRow(value: unknown): unknown[] {
  return (typeof value === "string" ? JSON.parse(value) : value) as unknown[];
}

/**
 * `column IN (values)` for long id lists (analytics samples of 1,000 contacts). PostgreSQL gets the
 * list as one array parameter: a thousand separate parameters are bound and folded into an array on
 * every call (planning 2.6 → 0.5 ms at 1,000 ids, and less to compile and send). SQLite has no
 * array type and takes the list as before. An empty list matches nothing on both (SQLite accepts
 * `in ()`), so callers need no placeholder value for it.
 */
export function isIn(
  // biome-ignore lint/suspicious/noExplicitAny: works on any schema
  db: Kysely<any>,
  column: string,
  values: readonly string[],
): RawBuilder<SqlBool> {
  return dialectOf(db) === "postgres"
    ? sql<SqlBool>`${sql.ref(column)} = any(${[...values]}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (${sql.join(values)})`;
}
