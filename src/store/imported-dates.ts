import type { IsoDate, IsoDateTime } from "../core/dates.ts";
import { insertFact } from "./facts.ts";
import type { Db } from "./open-store.ts";

export interface ImportedDate {
  personId: string;
  refersTo: IsoDate;
  text: string;
}

/**
 * Of the important dates an import found (anniversaries), the ones the importer does not keep yet
 * for that person, each once: importing the same file twice, or merging a row into a known person,
 * adds nothing twice. Read only, so a preview can count them too.
 */
export async function datesToAdd(
  db: Db,
  workspaceId: string,
  dates: ImportedDate[],
  authorId: string,
): Promise<ImportedDate[]> {
  if (dates.length === 0) return [];
  const personIds = [...new Set(dates.map((d) => d.personId))];
  const kept = await db
    .selectFrom("facts")
    .select(["person_id", "refers_to"])
    .where("workspace_id", "=", workspaceId)
    .where("author_id", "=", authorId)
    .where("category", "=", "important_date")
    .where("person_id", "in", personIds)
    .execute();
  const known = new Set(kept.map((row) => `${row.person_id} ${row.refers_to}`));
  return dates.filter((date) => {
    const key = `${date.personId} ${date.refersTo}`;
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
}

/**
 * Writes the dates `datesToAdd` chose as the importer's own private facts, which the agenda shows
 * every year, marked with the import so that undoing it takes them back.
 */
export async function addImportedDates(
  db: Db,
  workspaceId: string,
  dates: ImportedDate[],
  meta: { now: IsoDateTime; authorId: string; learnedOn: IsoDate; importRunId: string | null },
): Promise<void> {
  for (const date of dates) {
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
  }
}
