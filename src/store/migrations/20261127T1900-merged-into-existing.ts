import type { Kysely } from "kysely";

// How many of an import's merged rows went into people who were there before it, as opposed to
// people the same file created (decision 113): what stays behind when the import is undone. Null
// for runs recorded before: they counted only all merges.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("import_runs").addColumn("merged_into_existing", "integer").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("import_runs").dropColumn("merged_into_existing").execute();
}
