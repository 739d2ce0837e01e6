import { CompiledQuery } from "kysely";
import { dialectOf } from "./dialect.ts";
import type { Db } from "./open-store.ts";
import { repeatedInsertSql } from "./repeated-insert.ts";

/** Bound parameters per PostgreSQL statement (its wire protocol allows 65,535). */
const MAX_PARAMETERS = 30_000;
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export type RowValue = string | number | null;

const statements = new Map<string, string>();

/**
 * Bulk INSERT of value arrays: on PostgreSQL multi-row statements below its parameter limit, on
 * SQLite one prepared row statement run per row (repeated-insert.ts). Callers run it inside a
 * transaction (import batch, restore), which a failed row rolls back whole on either engine; a
 * call on its own is one transaction on SQLite. Built as SQL text directly: for a 100,000-row import, building and compiling
 * query trees cost more time (and garbage) than SQLite spent writing the rows. Names are checked
 * as plain identifiers; values are always bound, never spliced into the text.
 */
export async function insertRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly RowValue[][],
): Promise<void> {
  const values: RowValue[] = [];
  for (const row of rows) for (let i = 0; i < columns.length; i += 1) values.push(row[i] ?? null);
  await insertFlatRows(db, table, columns, values);
}

/**
 * The same with the rows' values laid end to end (row after row, in column order): a bulk writer
 * that builds them so allocates one array per table and batch instead of one per row.
 */
export async function insertFlatRows(
  db: Db,
  table: string,
  columns: readonly string[],
  values: readonly RowValue[],
): Promise<void> {
  if (values.length === 0) return;
  if (!IDENTIFIER.test(table) || !columns.every((c) => IDENTIFIER.test(c))) {
    throw new Error(`not a plain identifier: ${table}(${columns.join(", ")})`);
  }
  if (values.length % columns.length !== 0) {
    throw new Error(`${values.length} values do not fill rows of ${columns.length} columns`);
  }
  const postgres = dialectOf(db) === "postgres";
  if (!postgres) {
    // SQLite: one row's statement, run per row by the connection (repeated-insert.ts).
    const statement = repeatedInsertSql(columns.length, statementFor(table, columns, 1, false));
    await db.executeQuery(CompiledQuery.raw(statement, values as RowValue[]));
    return;
  }
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length)) * columns.length;
  for (let start = 0; start < values.length; start += size) {
    const parameters = start === 0 && values.length <= size ? values : values.slice(start, start + size);
    const statement = statementFor(table, columns, parameters.length / columns.length, postgres);
    await db.executeQuery(CompiledQuery.raw(statement, parameters as RowValue[]));
  }
}

function statementFor(table: string, columns: readonly string[], count: number, postgres: boolean): string {
  const key = `${postgres ? "pg" : "lite"}|${table}|${columns.join(",")}|${count}`;
  const cached = statements.get(key);
  if (cached) return cached;
  let n = 0;
  const tuple = () => `(${columns.map(() => (postgres ? `$${++n}` : "?")).join(", ")})`;
  const tuples = Array.from({ length: count }, tuple).join(", ");
  const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) values ${tuples}`;
  // Full batches repeat the same few shapes; the last, shorter chunk of each import is not kept.
  if (statements.size < 64) statements.set(key, text);
  return text;
}
