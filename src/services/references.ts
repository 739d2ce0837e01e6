import { ValidationError } from "../core/errors.ts";
import type { Db } from "../store/open-store.ts";

// A body may name other rows (companyId, personId …). A name that does not exist in the workspace
// is the caller's mistake, reported on the field like any other bad input.

type ReferencedTable = "people" | "companies" | "interactions" | "users";

export async function assertReferences(
  db: Db,
  workspaceId: string,
  references: Array<{ field: string; table: ReferencedTable; ids: Array<string | null | undefined> }>,
): Promise<void> {
  const problems = [];
  for (const reference of references) {
    const ids = [...new Set(reference.ids.filter((id): id is string => typeof id === "string"))];
    if (ids.length === 0) continue;
    const found = await db
      .selectFrom(reference.table)
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("id", "in", ids)
      .execute();
    const known = new Set(found.map((row) => row.id));
    for (const id of ids) {
      if (!known.has(id)) {
        problems.push({
          field: reference.field,
          code: "not_found",
          message: { de: `${id} gibt es nicht.`, en: `${id} does not exist.` },
        });
      }
    }
  }
  if (problems.length > 0) throw new ValidationError(problems);
}
