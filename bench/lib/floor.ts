// The floor: the same answers from the leanest hand-written SQL, with prepared statements on the
// raw driver, in the same process and on the same data and indexes. Our time ÷ floor time shows
// what the layers above the engine cost.
import SqliteDatabase from "better-sqlite3";
import pg from "pg";

export interface FloorDb {
  all(sql: string, params: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

export function sqliteFloor(file: string): FloorDb {
  const db = new SqliteDatabase(file, { readonly: true });
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    async all(sql, params) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement.all(...params);
    },
    async close() {
      db.close();
    },
  };
}

export async function postgresFloor(url: string): Promise<FloorDb> {
  const client = new pg.Client(url);
  await client.connect();
  const names = new Map<string, string>();
  return {
    async all(sql, params) {
      let name = names.get(sql);
      if (!name) {
        name = `floor_${names.size}`;
        names.set(sql, name);
      }
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      return (await client.query({ name, text, values: params })).rows;
    },
    async close() {
      await client.end();
    },
  };
}
