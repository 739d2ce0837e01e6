import type { Kysely } from "kysely";

// Deals and tenders. A tender is a deal (kind = 'tender') with one row of procedure facts.
// Stakeholders keep the warmth they had when the deal was decided, for honest analytics later.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("deals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("company_id", "text", (c) => c.references("companies.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("value_cents", "bigint", (c) => c.notNull())
    .addColumn("probability", "integer", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("expected_close_on", "text")
    .addColumn("owner_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("outcome_reason", "text")
    .addColumn("outcome_note", "text")
    .addColumn("closed_on", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("deals_board")
    .on("deals")
    .columns(["workspace_id", "status", "stage"])
    .execute();
  await db.schema.createIndex("deals_company").on("deals").columns(["company_id"]).execute();

  await db.schema
    .createTable("tenders")
    .addColumn("deal_id", "text", (c) => c.primaryKey().references("deals.id").onDelete("cascade"))
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("procedure", "text", (c) => c.notNull())
    .addColumn("threshold_kind", "text", (c) => c.notNull())
    .addColumn("estimated_value_cents", "bigint")
    .addColumn("expected_publication_on", "text")
    .addColumn("published_on", "text")
    .addColumn("participation_deadline", "text")
    .addColumn("invitation_sent_on", "text")
    .addColumn("question_deadline", "text")
    .addColumn("submission_deadline", "text")
    .addColumn("award_notice_sent_on", "text")
    .addColumn("awarded_on", "text")
    .addColumn("cancelled_on", "text")
    .addColumn("electronic", "integer", (c) => c.notNull())
    .addColumn("prior_information_notice", "integer", (c) => c.notNull())
    .addColumn("urgency", "integer", (c) => c.notNull())
    .addColumn("award_notice_electronic", "integer", (c) => c.notNull())
    .addColumn("helps_write_specification", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("deal_stakeholders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("deal_id", "text", (c) => c.notNull().references("deals.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("influence", "integer", (c) => c.notNull())
    .addColumn("warmth_at_close", "integer")
    .execute();
  await db.schema
    .createIndex("deal_stakeholders_deal")
    .on("deal_stakeholders")
    .columns(["deal_id"])
    .execute();
  await db.schema
    .createIndex("deal_stakeholders_person")
    .on("deal_stakeholders")
    .columns(["person_id"])
    .execute();
  await db.schema
    .createIndex("deal_stakeholders_unique")
    .on("deal_stakeholders")
    .columns(["deal_id", "person_id"])
    .unique()
    .execute();

  await db.schema
    .createTable("deal_stage_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("deal_id", "text", (c) => c.notNull().references("deals.id").onDelete("cascade"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("changed_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("deal_stage_changes_deal")
    .on("deal_stage_changes")
    .columns(["deal_id", "changed_at"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ["deal_stage_changes", "deal_stakeholders", "tenders", "deals"]) {
    await db.schema.dropTable(table).execute();
  }
}
