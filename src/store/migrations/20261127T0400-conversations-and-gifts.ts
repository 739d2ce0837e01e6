import type { Kysely } from "kysely";

// The conversation log (outcome, self-check) and the gift & hospitality ledger. Reflections and
// gift notes are private to their author, like personal facts.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("interactions").addColumn("outcome", "text").execute();
  // "ask" = something to ask them; "do" = something I promised to do.
  await db.schema
    .alterTable("open_loops")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("ask"))
    .execute();
  await db.schema
    .alterTable("people")
    .addColumn("is_public_official", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("reflections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("interaction_id", "text", (c) => c.notNull().references("interactions.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("relaxed", "text", (c) => c.notNull())
    .addColumn("smiled", "text", (c) => c.notNull())
    .addColumn("listened", "text", (c) => c.notNull())
    .addColumn("distance", "text", (c) => c.notNull())
    .addColumn("friend_tone", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("reflections_interaction")
    .on("reflections")
    .columns(["interaction_id"])
    .execute();
  await db.schema
    .createIndex("reflections_author")
    .on("reflections")
    .columns(["workspace_id", "author_id"])
    .execute();

  await db.schema
    .createTable("gifts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("occurred_on", "text", (c) => c.notNull())
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value_cents", "bigint", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("gifts_person").on("gifts").columns(["person_id", "occurred_on"]).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("gifts").execute();
  await db.schema.dropTable("reflections").execute();
  await db.schema.alterTable("people").dropColumn("is_public_official").execute();
  await db.schema.alterTable("open_loops").dropColumn("kind").execute();
  await db.schema.alterTable("interactions").dropColumn("outcome").execute();
}
