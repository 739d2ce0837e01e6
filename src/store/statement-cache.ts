import type SqliteDatabase from "better-sqlite3";
import { type RunnableStatement, repeatedInsert } from "./repeated-insert.ts";

// Kysely prepares every statement anew on each query; for the screens that run a dozen small
// queries (the agenda, the person page) preparing costs about as much as executing. Statements are
// reusable, so the connection hands out a prepared one per SQL text. A statement that is still
// being iterated (a streaming export) is busy and cannot run twice: that caller gets a fresh one.

/** Enough for every query shape the app has; the least recently used is dropped beyond it. */
const MAX_STATEMENTS = 500;
/** Multi-row inserts of imports are long, one-off texts: not worth keeping. */
const MAX_CACHED_SQL_LENGTH = 8_000;

type Database = SqliteDatabase.Database;
type Statement = SqliteDatabase.Statement;

export function withStatementCache(database: Database, maxStatements = MAX_STATEMENTS) {
  const statements = new Map<string, Statement>();
  /** Marked bulk INSERTs (repeated-insert.ts): a few shapes per table, kept for the connection. */
  const repeatedInserts = new Map<string, RunnableStatement>();
  return {
    close: () => {
      statements.clear();
      repeatedInserts.clear();
      database.close();
    },
    prepare(sql: string): Statement {
      let repeated = repeatedInserts.get(sql);
      if (!repeated) {
        repeated = repeatedInsert(database, sql, (oneRow) => this.prepare(oneRow)) ?? undefined;
        if (repeated && repeatedInserts.size < MAX_STATEMENTS) repeatedInserts.set(sql, repeated);
      }
      // The driver only calls `reader` and `run` on what it gets here.
      if (repeated) return repeated as unknown as Statement;
      const cached = statements.get(sql);
      if (cached && !cached.busy) {
        // Map order is insertion order: re-inserting marks it most recently used.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached && sql.length <= MAX_CACHED_SQL_LENGTH) {
        statements.set(sql, statement);
        if (statements.size > maxStatements) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      return statement;
    },
  };
}
