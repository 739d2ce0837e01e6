import type SqliteDatabase from "better-sqlite3";

// Bulk inserts (imports, restores) hand SQLite many rows at once. A multi-row `VALUES (…), (…)`
// statement is what PostgreSQL wants (one round trip), but SQLite prepares it anew for every batch
// (thousands of placeholders; 1.2 s of `prepare` in a 100,000-contact import) and steps it as a
// coroutine: inserting 100,000 people that way took 7.3 s against 2.1 s with a one-row statement,
// about 5 % of the whole import's CPU (decision 098). The store therefore sends SQLite one row's
// INSERT with a marker naming the row width, and the parameters of all rows end to end; the
// connection runs the prepared one-row statement for each row.

const MARKER = /^\/\* each row of (\d+) \*\/ /;

/** The SQL text of an INSERT whose parameters hold whole rows of `width` values, end to end. */
export function repeatedInsertSql(width: number, oneRowInsert: string): string {
  return `/* each row of ${width} */ ${oneRowInsert}`;
}

type Database = SqliteDatabase.Database;
type Statement = SqliteDatabase.Statement;

/** What the Kysely SQLite driver calls on a prepared statement: `reader` and `run`. */
export interface RunnableStatement {
  readonly reader: boolean;
  run(parameters: readonly unknown[]): SqliteDatabase.RunResult;
}

/**
 * The statement for a marked INSERT, or null for any other SQL. On its own, the rows run in one
 * transaction, so the statement is all-or-nothing like the multi-row INSERT it stands for. Inside
 * the caller's transaction they run directly: a failed row leaves the rows before it to the
 * transaction's owner, who rolls back. No caller can do anything else: on PostgreSQL a failed
 * statement aborts the whole transaction, and every store function runs on both engines. A
 * savepoint per statement copied each page it touched into SQLite's sub-journal first: ~1 s of a
 * 100,000-contact import's writes (decision 099).
 */
export function repeatedInsert(
  database: Database,
  sql: string,
  prepare: (sql: string) => Statement,
): RunnableStatement | null {
  const match = MARKER.exec(sql);
  if (!match) return null;
  const width = Number(match[1]);
  const oneRow = prepare(sql.slice(match[0].length));
  // One array refilled per row: a 100,000-contact import runs about 1.2 million rows.
  const row: unknown[] = new Array(width);
  const runRows = (parameters: readonly unknown[]) => {
    if (parameters.length % width !== 0) {
      throw new Error(`${parameters.length} values do not fill rows of ${width} columns`);
    }
    let changes = 0;
    let lastInsertRowid: number | bigint = 0;
    for (let start = 0; start < parameters.length; start += width) {
      for (let i = 0; i < width; i += 1) row[i] = parameters[start + i];
      const result = oneRow.run(row);
      changes += result.changes;
      lastInsertRowid = result.lastInsertRowid;
    }
    return { changes, lastInsertRowid };
  };
  const runAlone = database.transaction(runRows);
  return {
    reader: false,
    run: (parameters) => (database.inTransaction ? runRows(parameters) : runAlone(parameters)),
  };
}
