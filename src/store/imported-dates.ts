import type { IsoDate, IsoDateTime } from "../core/dates.ts";
import { insertFact } from "./facts.ts";
import type { Db } from "./open-store.ts";

export interface ImportedDate {
  personId: string;
  refersTo: IsoDate;
  text: string;
}

/**
 * Important dates an import found (anniversaries), as the importer's own private facts, which the
 * agenda shows every year. A date the importer already keeps for that person is not added again,
 * so importing the same file twice, or merging a row into a known person, adds nothing twice.
 * Returns how many were added.
 */
export async function addImportedDates(
  db: Db,
  workspaceId: string,
  dates: ImportedDate[],
  meta: { now: IsoDateTime; authorId: string; learnedOn: IsoDate; importRunId: string | null },
): Promise<number> {
  if (dates.length === 0) return 0;
  const personIds = [...new Set(dates.map((d) => d.personId))];
  const kept = await db
    .selectFrom("facts")
    .select(["person_id", "refers_to"])
    .where("workspace_id", "=", workspaceId)
    .where("author_id", "=", meta.authorId)
    .where("category", "=", "important_date")
    .where("person_id", "in", personIds)
    .execute();
  const known = new Set(kept.map((row) => `${row.person_id} ${row.refers_to}`));
  let added = 0;
  for (const date of dates) {
    const key = `${date.personId} ${date.refersTo}`;
    if (known.has(key)) continue;
    known.add(key);
    await insertFact(
      db,
      workspaceId,
      {
        personId: date.personId,
        category: "important_date",
        text: date.text,
        refersTo: date.refersTo,
        learnedOn: meta.learnedOn,
        interactionId: null,
        shared: false,
      },
      { now: meta.now, authorId: meta.authorId, importRunId: meta.importRunId },
    );
    added += 1;
  }
  return added;
}
