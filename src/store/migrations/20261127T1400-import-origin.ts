import type { Kysely } from "kysely";

// Which import created a person or a company, so that an import can be undone (decision 108), and
// when it was. No index: undoing is rare and reads one workspace's people once; an index would cost
// every imported contact one more B-tree insert. No foreign key: a history entry that goes with its
// user must not take the people with it.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("people").addColumn("import_run_id", "text").execute();
  await db.schema.alterTable("companies").addColumn("import_run_id", "text").execute();
  await db.schema.alterTable("import_runs").addColumn("undone_at", "text").execute();
  await db.schema.alterTable("import_runs").addColumn("undone_removed", "integer").execute();
  await db.schema.alterTable("import_runs").addColumn("undone_kept", "integer").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("import_runs").dropColumn("undone_kept").execute();
  await db.schema.alterTable("import_runs").dropColumn("undone_removed").execute();
  await db.schema.alterTable("import_runs").dropColumn("undone_at").execute();
  await db.schema.alterTable("companies").dropColumn("import_run_id").execute();
  await db.schema.alterTable("people").dropColumn("import_run_id").execute();
}
