import { type Kysely, sql } from "kysely";

// The Heute agenda seeks every contact of a salesperson in facts and open loops (~2,000 seeks per
// request). At 100,000 people those seeks read table rows just to test visibility and category
// (15 ms for the fact count, 13 ms for important dates at the benchmark scale). These indexes let
// the fact count read the index alone and let the important-date and due-loop lookups seek straight
// to the few rows they return.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex("facts_person_visibility")
    .on("facts")
    .columns(["person_id", "category", "shared", "author_id"])
    .execute();
  await db.schema
    .createIndex("open_loops_person_due")
    .on("open_loops")
    .columns(["person_id", "closed_on", "due_on"])
    .execute();
  await db.schema.dropIndex("open_loops_person").execute();
  // Statistics for the new indexes now: without them SQLite's planner guessed a skip-scan over
  // every open loop of the workspace (100 ms instead of 5 ms at 100,000 people).
  await sql`analyze facts`.execute(db);
  await sql`analyze open_loops`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex("open_loops_person")
    .on("open_loops")
    .columns(["person_id", "closed_on"])
    .execute();
  await db.schema.dropIndex("open_loops_person_due").execute();
  await db.schema.dropIndex("facts_person_visibility").execute();
}
