import type { Kysely } from "kysely";

// The history of a workspace's imports: one row per import that writes (previews write nothing).
// It is written when the import starts and brought up to date in the transaction of every batch,
// so after a cancelled upload or a crash it says exactly what was stored (decision 106).

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("import_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("file_name", "text")
    .addColumn("on_duplicate", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("rows_read", "integer", (c) => c.notNull())
    .addColumn("created", "integer", (c) => c.notNull())
    .addColumn("merged", "integer", (c) => c.notNull())
    .addColumn("skipped", "integer", (c) => c.notNull())
    .addColumn("failed", "integer", (c) => c.notNull())
    .addColumn("companies_created", "integer", (c) => c.notNull())
    .addColumn("family_members_created", "integer", (c) => c.notNull())
    .addColumn("stop_reason_de", "text")
    .addColumn("stop_reason_en", "text")
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  // A user's own imports, newest first.
  await db.schema
    .createIndex("import_runs_user")
    .on("import_runs")
    .columns(["workspace_id", "user_id", "started_at"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("import_runs").execute();
}
