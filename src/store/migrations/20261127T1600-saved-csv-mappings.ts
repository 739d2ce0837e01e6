import type { Kysely } from "kysely";

// A user's column mapping for a CSV layout, kept from their last import of a file with exactly
// these headers, so next month's file from the same source reads the same way (decision 111).
// One row per user and header list; the header list is stored as a hash (a CSV may have hundreds
// of columns) next to the mapping itself.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("csv_mappings")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("headers_hash", "text", (c) => c.notNull())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("mapping", "text", (c) => c.notNull())
    .addColumn("saved_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("csv_mappings_pk", ["user_id", "headers_hash"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("csv_mappings").execute();
}
