import type { Db } from "./open-store.ts";

// The read "is this person in here twice?" adds to the import's lookups (import-lookups.ts): the
// exact same name, one range of people_sort.

/** Contacts whose folded full name is exactly this one (see sortKey), oldest first. */
export async function findContactsBySortName(
  db: Db,
  workspaceId: string,
  sortName: string,
  limit: number,
): Promise<Array<{ id: string; companyId: string | null }>> {
  const rows = await db
    .selectFrom("people")
    .select(["id", "company_id"])
    .where("workspace_id", "=", workspaceId)
    .where("sort_name", "=", sortName)
    .where("is_contact", "=", 1)
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, companyId: row.company_id }));
}
