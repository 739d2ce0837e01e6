import SqliteDatabase from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache.ts";

describe("statement cache", () => {
  const opened: SqliteDatabase.Database[] = [];
  const open = (max?: number) => {
    const raw = new SqliteDatabase(":memory:");
    opened.push(raw);
    raw.exec("create table t (n integer); insert into t values (1), (2), (3)");
    return withStatementCache(raw, max);
  };
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
  });

  it("hands out the same prepared statement for the same SQL, and it gives the same rows again", () => {
    const db = open();
    const first = db.prepare("select n from t order by n");
    expect(db.prepare("select n from t order by n")).toBe(first);
    expect(first.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(db.prepare("select n from t order by n").all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("gives a fresh statement while the cached one is still being iterated (a stream in progress)", () => {
    const db = open();
    const streaming = db.prepare("select n from t order by n");
    const iterator = streaming.iterate();
    iterator.next();
    const meanwhile = db.prepare("select n from t order by n");
    expect(meanwhile).not.toBe(streaming);
    expect(meanwhile.all()).toHaveLength(3);
    expect([...iterator].map((row) => (row as { n: number }).n)).toEqual([2, 3]);
  });

  it("keeps at most the given number of statements, dropping the least recently used", () => {
    const db = open(2);
    const a = db.prepare("select 1");
    const b = db.prepare("select 2");
    expect(db.prepare("select 1")).toBe(a);
    db.prepare("select 3");
    expect(db.prepare("select 1")).toBe(a);
    expect(db.prepare("select 2")).not.toBe(b);
  });

  it("does not keep long one-off texts such as multi-row inserts", () => {
    const db = open();
    const long = `insert into t (n) values ${Array.from({ length: 3_000 }, (_, i) => `(${i})`).join(", ")}`;
    expect(db.prepare(long)).not.toBe(db.prepare(long));
  });
});
