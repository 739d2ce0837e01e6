import type { Kysely } from "kysely";

// Which import wrote a fact (an anniversary from a vCard or CSV, decision 123), so that undoing
// the import takes it back and a fact the import wrote does not count as somebody's work on the
// person. No index and no foreign key, as for people and companies (20261127T1400-import-origin).

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("facts").addColumn("import_run_id", "text").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("facts").dropColumn("import_run_id").execute();
}
