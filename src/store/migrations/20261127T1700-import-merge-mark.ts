import type { Kysely } from "kysely";

// When an import last merged a later row of its own into a person it created, as long as nobody
// else had changed the person (decision 113): undoing the import then tells the import's own
// change from a user's edit. No index: only undo reads it, together with updated_at.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("people").addColumn("import_merged_at", "text").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("people").dropColumn("import_merged_at").execute();
}
