import SqliteDatabase from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { repeatedInsertSql } from "./repeated-insert.ts";
import { withStatementCache } from "./statement-cache.ts";

describe("repeated one-row INSERT on SQLite", () => {
  const opened: SqliteDatabase.Database[] = [];
  const open = () => {
    const raw = new SqliteDatabase(":memory:");
    opened.push(raw);
    raw.exec("create table t (a integer primary key, b text not null)");
    return { raw, db: withStatementCache(raw) };
  };
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
  });
  const sql = repeatedInsertSql(2, "insert into t (a, b) values (?, ?)");

  it("runs the one-row statement for every row of the parameters, in order", () => {
    const { raw, db } = open();
    const result = db.prepare(sql).run([1, "eins", 2, "zwei", 3, "drei"]);
    expect(result.changes).toBe(3);
    expect(raw.prepare("select a, b from t order by a").all()).toEqual([
      { a: 1, b: "eins" },
      { a: 2, b: "zwei" },
      { a: 3, b: "drei" },
    ]);
  });

  it("is all-or-nothing: a row that fails takes the rows before it in the same statement back", () => {
    const { raw, db } = open();
    raw.exec("insert into t values (9, 'schon da')");
    expect(() => db.prepare(sql).run([1, "eins", 9, "doppelt"])).toThrow(/UNIQUE/);
    expect(raw.prepare("select a from t").all()).toEqual([{ a: 9 }]);
  });

  it("inside the caller's transaction leaves a failure to the transaction, whose rollback takes every row back", () => {
    const { raw, db } = open();
    raw.exec("begin");
    db.prepare("insert into t (a, b) values (?, ?)").run([5, "vorher"]);
    expect(() => db.prepare(sql).run([6, "sechs", 7, null])).toThrow(/NOT NULL/);
    // No savepoint of its own (as on PostgreSQL, the owner must roll back after a failed statement).
    expect(raw.inTransaction).toBe(true);
    expect(raw.prepare("select a from t order by a").all()).toEqual([{ a: 5 }, { a: 6 }]);
    raw.exec("rollback");
    expect(raw.prepare("select a from t").all()).toEqual([]);
  });

  it("refuses parameters that do not fill whole rows, before writing anything", () => {
    const { raw, db } = open();
    expect(() => db.prepare(sql).run([1, "eins", 2])).toThrow(/do not fill rows of 2 columns/);
    expect(raw.prepare("select count(*) as n from t").get()).toEqual({ n: 0 });
  });

  it("leaves every other SQL to the normal prepared statement", () => {
    const { db } = open();
    expect(db.prepare("select 1 as one").reader).toBe(true);
    expect(db.prepare("/* a comment */ select 1 as one").all()).toEqual([{ one: 1 }]);
  });
});
