import { type Kysely, sql } from "kysely";

// The relationship signals of a contact (docs/decisions/025) aggregate every interaction they took
// part in. Copying the few interaction columns the aggregate reads onto the participant row, with
// one covering index, lets the GROUP BY read a single index range per person and join nothing:
// the agenda of a salesperson with 40,000 interactions went from a join per row to an index scan.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

const COPIED = ["kind", "initiated_by", "personal", "trust", "resistance"] as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("interaction_participants").addColumn("kind", "text").execute();
  await db.schema.alterTable("interaction_participants").addColumn("initiated_by", "text").execute();
  await db.schema.alterTable("interaction_participants").addColumn("personal", "integer").execute();
  await db.schema.alterTable("interaction_participants").addColumn("trust", "integer").execute();
  await db.schema.alterTable("interaction_participants").addColumn("resistance", "integer").execute();
  for (const column of COPIED) {
    await sql`update interaction_participants set ${sql.ref(column)} = (
      select ${sql.ref(`i.${column}`)} from interactions i where i.id = interaction_participants.interaction_id)`.execute(
      db,
    );
  }
  await db.schema
    .createIndex("interaction_participants_signals")
    .on("interaction_participants")
    .columns(["person_id", "occurred_at", "kind", "initiated_by", "personal", "trust", "resistance"])
    .execute();
  await db.schema.dropIndex("interaction_participants_person").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex("interaction_participants_person")
    .on("interaction_participants")
    .columns(["person_id", "occurred_at"])
    .execute();
  await db.schema.dropIndex("interaction_participants_signals").execute();
  for (const column of COPIED)
    await db.schema.alterTable("interaction_participants").dropColumn(column).execute();
}
