import { type Kysely, sql } from "kysely";

// Team analytics sample a fixed subset of a workspace's contacts by a random part of their id
// (src/store/analytics/scope.ts). Without an index on that key both engines read and sorted every
// contact of the workspace to pick ~1,000 (about 100 ms on PostgreSQL at 100,000 people); with it
// the sample is one index range in key order, and the count of contacts reads the index alone.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await sql`create index people_sample on people (workspace_id, is_contact, (substr(id, 26, 4)), id)`.execute(
    db,
  );
  await sql`analyze people`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index people_sample`.execute(db);
}
