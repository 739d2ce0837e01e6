import type { Db } from "./open-store.ts";

/** A cheap round trip that fails when the database is unreachable or the schema is missing. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.selectFrom("workspaces").select("id").limit(1).execute();
}
