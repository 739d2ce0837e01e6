import type { Kysely } from "kysely";
import { byteOrderCollation } from "../dialect.ts";

// The first schema. Every table carries workspace_id so a large deployment can distribute by
// workspace; every index used by a workspace-scoped query leads with it where it helps.
// Foreign keys cascade from a person so that erasing a person cannot leave orphans behind.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("workspaces")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("settings", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("email", "text")
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();
  await db.schema
    .createIndex("users_workspace_email")
    .on("users")
    .columns(["workspace_id", "email"])
    .unique()
    .execute();

  await db.schema
    .createTable("credentials")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("last_used_at", "text")
    .execute();
  await db.schema
    .createIndex("credentials_user")
    .on("credentials")
    .columns(["workspace_id", "user_id", "kind"])
    .execute();

  await db.schema
    .createTable("companies")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sort_name", "text", (c) => c.notNull().modifyEnd(byteOrderCollation(db)))
    .addColumn("website", "text")
    .addColumn("industry", "text")
    .addColumn("city", "text")
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("companies_sort")
    .on("companies")
    .columns(["workspace_id", "sort_name", "id"])
    .execute();

  await db.schema
    .createTable("people")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("first_name", "text", (c) => c.notNull())
    .addColumn("last_name", "text", (c) => c.notNull())
    .addColumn("sort_name", "text", (c) => c.notNull().modifyEnd(byteOrderCollation(db)))
    .addColumn("company_id", "text", (c) => c.references("companies.id").onDelete("set null"))
    .addColumn("job_title", "text")
    .addColumn("is_contact", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("birthday_day", "integer")
    .addColumn("birthday_month", "integer")
    .addColumn("birthday_year", "integer")
    .addColumn("notes", "text")
    .addColumn("photo_url", "text")
    .addColumn("how_we_met", "text")
    .addColumn("known_since", "text")
    .addColumn("stance", "text", (c) => c.notNull())
    .addColumn("stance_reason", "text")
    .addColumn("stance_reason_author_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("address_form", "text", (c) => c.notNull())
    .addColumn("address_form_since", "text")
    .addColumn("address_form_offered_by", "text")
    .addColumn("importance", "integer", (c) => c.notNull())
    .addColumn("cadence_days", "integer")
    .addColumn("owner_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("people_sort")
    .on("people")
    .columns(["workspace_id", "sort_name", "id"])
    .execute();
  await db.schema.createIndex("people_company").on("people").columns(["company_id"]).execute();
  await db.schema.createIndex("people_owner").on("people").columns(["workspace_id", "owner_id"]).execute();
  await db.schema
    .createIndex("people_birthday")
    .on("people")
    .columns(["workspace_id", "birthday_month", "birthday_day"])
    .execute();

  await db.schema
    .createTable("person_channels")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("value_key", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("person_channels_person")
    .on("person_channels")
    .columns(["person_id", "position"])
    .execute();
  await db.schema
    .createIndex("person_channels_key")
    .on("person_channels")
    .columns(["workspace_id", "kind", "value_key"])
    .execute();

  await db.schema
    .createTable("person_tags")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("tag", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("person_tags_pk", ["person_id", "tag"])
    .execute();
  await db.schema.createIndex("person_tags_tag").on("person_tags").columns(["workspace_id", "tag"]).execute();

  await db.schema
    .createTable("interactions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("initiated_by", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("personal", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("atmosphere", "integer")
    .addColumn("trust", "integer")
    .addColumn("resistance", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("interactions_time")
    .on("interactions")
    .columns(["workspace_id", "occurred_at"])
    .execute();

  await db.schema
    .createTable("interaction_participants")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("interaction_id", "text", (c) => c.notNull().references("interactions.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("interaction_participants_pk", ["interaction_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("interaction_participants_person")
    .on("interaction_participants")
    .columns(["person_id", "occurred_at"])
    .execute();

  await db.schema
    .createTable("facts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("refers_to", "text")
    .addColumn("learned_on", "text", (c) => c.notNull())
    .addColumn("interaction_id", "text", (c) => c.references("interactions.id").onDelete("set null"))
    .addColumn("shared", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("facts_person").on("facts").columns(["person_id", "learned_on"]).execute();
  await db.schema.createIndex("facts_author").on("facts").columns(["workspace_id", "author_id"]).execute();

  await db.schema
    .createTable("relations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("related_person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("relations_person").on("relations").columns(["person_id"]).execute();
  await db.schema.createIndex("relations_related").on("relations").columns(["related_person_id"]).execute();

  await db.schema
    .createTable("open_loops")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("due_on", "text")
    .addColumn("closed_on", "text")
    .addColumn("interaction_id", "text", (c) => c.references("interactions.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("open_loops_person")
    .on("open_loops")
    .columns(["person_id", "closed_on"])
    .execute();
  await db.schema
    .createIndex("open_loops_due")
    .on("open_loops")
    .columns(["workspace_id", "author_id", "closed_on", "due_on"])
    .execute();

  await db.schema
    .createTable("stage_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("changed_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("note", "text")
    .execute();
  await db.schema
    .createIndex("stage_changes_person")
    .on("stage_changes")
    .columns(["person_id", "changed_at"])
    .execute();

  await db.schema
    .createTable("address_form_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("form", "text", (c) => c.notNull())
    .addColumn("changed_on", "text", (c) => c.notNull())
    .addColumn("offered_by", "text")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("address_form_changes_person")
    .on("address_form_changes")
    .columns(["person_id", "changed_on"])
    .execute();

  await db.schema
    .createTable("search_terms")
    .addColumn("workspace_id", "text", (c) => c.notNull())
    .addColumn("term", "text", (c) => c.notNull().modifyEnd(byteOrderCollation(db)))
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("visible_to", "text")
    .execute();
  await db.schema
    .createIndex("search_terms_term")
    .on("search_terms")
    .columns(["workspace_id", "term", "entity_type", "entity_id"])
    .execute();
  await db.schema.createIndex("search_terms_entity").on("search_terms").columns(["entity_id"]).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    "search_terms",
    "address_form_changes",
    "stage_changes",
    "open_loops",
    "relations",
    "facts",
    "interaction_participants",
    "interactions",
    "person_tags",
    "person_channels",
    "people",
    "companies",
    "credentials",
    "users",
    "workspaces",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
