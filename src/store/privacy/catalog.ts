import { sql } from "kysely";
import { dialectOf } from "../dialect.ts";
import type { Db } from "../open-store.ts";

// The live schema, read from the engine's own catalog. Access export and erasure use it so that a
// table added later, which references a person, is exported and erased without anyone editing
// this code. Catalog queries are engine-specific by nature; they live here rather than in
// dialect.ts because nothing else needs them.

export interface ColumnRef {
  table: string;
  column: string;
}

/** Tables of the migrator itself hold no personal data. */
const INTERNAL = /^(schema_migrations|sqlite_)/;

/** Column names that hold a person id even without a foreign key. */
export const PERSON_COLUMN_NAME = /^(?:person_id|[a-z_]*_person_id|participant(?:_id|_ids|s)?)$/;

export async function listTables(db: Db): Promise<string[]> {
  if (dialectOf(db) === "postgres") {
    const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
    return rows.map((r) => r.name).filter((n) => !INTERNAL.test(n));
  }
  const { rows } = await sql<{ name: string }>`select name from sqlite_master
    where type = 'table' order by name`.execute(db);
  return rows.map((r) => r.name).filter((n) => !INTERNAL.test(n));
}

export interface CatalogColumn extends ColumnRef {
  /** Text-like: text, varchar, char. */
  isText: boolean;
}

export async function listColumns(db: Db): Promise<CatalogColumn[]> {
  if (dialectOf(db) === "postgres") {
    const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = current_schema() order by table_name, ordinal_position`.execute(db);
    return rows
      .filter((r) => !INTERNAL.test(r.table_name))
      .map((r) => ({
        table: r.table_name,
        column: r.column_name,
        isText: /^(text|character varying|character)$/.test(r.data_type),
      }));
  }
  const columns: CatalogColumn[] = [];
  for (const table of await listTables(db)) {
    const { rows } = await sql<{ name: string; type: string }>`select name, type
      from pragma_table_info(${table})`.execute(db);
    for (const r of rows) {
      columns.push({ table, column: r.name, isText: /^(text|varchar|char|clob)/i.test(r.type) });
    }
  }
  return columns;
}

/** Columns with a foreign key to people.id. */
export async function listPersonForeignKeys(db: Db): Promise<ColumnRef[]> {
  if (dialectOf(db) === "postgres") {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select kcu.table_name, kcu.column_name
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
        and ccu.table_name = 'people' and ccu.column_name = 'id'
      order by kcu.table_name, kcu.column_name`.execute(db);
    return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
  }
  const refs: ColumnRef[] = [];
  for (const table of await listTables(db)) {
    const { rows } = await sql<{ table: string; from: string }>`select "table", "from"
      from pragma_foreign_key_list(${table})`.execute(db);
    for (const r of rows) if (r.table === "people") refs.push({ table, column: r.from });
  }
  return refs;
}

/**
 * Every column that can hold a person id: foreign keys to people, and columns named like one
 * (person_id, related_person_id, …_person_id, participant…), without duplicates.
 */
export async function listPersonReferences(db: Db): Promise<ColumnRef[]> {
  const [foreign, columns] = await Promise.all([listPersonForeignKeys(db), listColumns(db)]);
  const named = columns.filter((c) => c.table !== "people" && PERSON_COLUMN_NAME.test(c.column));
  const seen = new Set<string>();
  const refs: ColumnRef[] = [];
  for (const ref of [...foreign, ...named]) {
    const key = `${ref.table}.${ref.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ table: ref.table, column: ref.column });
  }
  return refs.sort((a, b) =>
    a.table === b.table ? a.column.localeCompare(b.column) : a.table.localeCompare(b.table),
  );
}

/** Rows of `ref.table` whose `ref.column` is the person, as the database returns them. */
export async function rowsReferencing(
  db: Db,
  ref: ColumnRef,
  personId: string,
): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(ref.table)}
    where ${sql.ref(ref.column)} = ${personId}`.execute(db);
  return rows;
}
