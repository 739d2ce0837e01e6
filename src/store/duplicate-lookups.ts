import type { Db } from "./open-store.ts";

// Reads for "is this person in here twice?", one indexed range each (people_sort, people_company).

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

/** The contacts of one company with their names, to compare names within it. */
export async function listCompanyContactNames(
  db: Db,
  workspaceId: string,
  companyId: string,
): Promise<Array<{ id: string; firstName: string; lastName: string }>> {
  const rows = await db
    .selectFrom("people")
    .select(["id", "first_name", "last_name"])
    .where("workspace_id", "=", workspaceId)
    .where("company_id", "=", companyId)
    .where("is_contact", "=", 1)
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ id: row.id, firstName: row.first_name, lastName: row.last_name }));
}
