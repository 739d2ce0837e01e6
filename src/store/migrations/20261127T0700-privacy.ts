import type { Kysely } from "kysely";

// Privacy by design: the decision taken on notes that looked sensitive (on the row itself), the
// legal basis, source and opt-outs per person, and the deadline tracker for data-subject requests.
// A request outlives the person it was about (erasure), so its person_id is set null, not cascaded.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

const MARKED_TABLES = ["facts", "people", "reflections"] as const;

export async function up(db: AnyDb): Promise<void> {
  for (const table of MARKED_TABLES) {
    await db.schema.alterTable(table).addColumn("sensitive_decision", "text").execute();
    await db.schema.alterTable(table).addColumn("sensitive_categories", "text").execute();
  }

  await db.schema
    .createTable("person_privacy")
    .addColumn("person_id", "text", (c) => c.primaryKey().references("people.id").onDelete("cascade"))
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().defaultTo("direct"))
    .addColumn("legal_basis", "text")
    .addColumn("purpose", "text")
    .addColumn("balancing_note", "text")
    .addColumn("consent_on", "text")
    .addColumn("consent_scope", "text")
    .addColumn("opt_out_email", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("opt_out_phone", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("opt_out_post", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("opt_out_greetings", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("objected_on", "text")
    .addColumn("informed_on", "text")
    .addColumn("left_company_on", "text")
    .addColumn("facts_reviewed_on", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("person_privacy_workspace")
    .on("person_privacy")
    .columns(["workspace_id", "person_id"])
    .execute();

  await db.schema
    .createTable("access_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("received_on", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("completed_on", "text")
    .addColumn("note", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("access_requests_due")
    .on("access_requests")
    .columns(["workspace_id", "completed_on", "due_on"])
    .execute();
  await db.schema
    .createIndex("access_requests_person")
    .on("access_requests")
    .columns(["person_id"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("access_requests").execute();
  await db.schema.dropTable("person_privacy").execute();
  for (const table of MARKED_TABLES) {
    await db.schema.alterTable(table).dropColumn("sensitive_categories").execute();
    await db.schema.alterTable(table).dropColumn("sensitive_decision").execute();
  }
}
