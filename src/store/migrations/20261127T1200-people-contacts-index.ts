import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.ts";

// Analytics first count the contacts in scope and then take a sample of them by a random part of
// their id (src/store/analytics/scope.ts). On PostgreSQL at 100,000 people both were slow:
// - the team count read the whole people table (30 ms): the sample index of migration 1100 is
//   wide, so the planner judged a sequential scan cheaper. people_contacts holds only the workspace
//   of each contact and deduplicates to about 90 pages: the count reads it alone in about 5 ms.
// - one user's count and sample read all ~2,000 of their people from the table and sorted them
//   (6 ms). people_owner_sample is that range in sample order: both read about 40 index pages.
// Both are partial (contacts only), which PostgreSQL matches because it plans with the bound
// values. SQLite plans a statement once for any bound value, so it could not match them to
// `is_contact = ?`; it reads the covering sample index instead (team count 6 ms, samples under
// 1 ms at 100,000 people) and gets neither.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`create index people_contacts on people (workspace_id) where is_contact = 1`.execute(db);
  await sql`create index people_owner_sample on people (workspace_id, owner_id, (substr(id, 26, 4)), id)
    where is_contact = 1`.execute(db);
  await sql`analyze people`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`drop index people_owner_sample`.execute(db);
  await sql`drop index people_contacts`.execute(db);
}
