import type { IsoDate, IsoDateTime } from "../core/dates.ts";
import { toFlag } from "./booleans.ts";
import { newBulkId } from "./bulk-ids.ts";
import { insertFlatRows, type RowValue } from "./insert-rows.ts";
import type { Db } from "./open-store.ts";
import { indexNewEntities } from "./search-index.ts";

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
 * every year, marked with the import so that undoing it takes them back. The same rows and search
 * terms as `insertFact` writes for each (a test compares them), in one statement per table: a file
 * with a wedding day on every card took 70 µs a date one by one.
 */
export async function addImportedDates(
  db: Db,
  workspaceId: string,
  dates: ImportedDate[],
  meta: { now: IsoDateTime; authorId: string; learnedOn: IsoDate; importRunId: string | null },
): Promise<void> {
  if (dates.length === 0) return;
  const { now, authorId, learnedOn, importRunId } = meta;
  const facts = dates.map((date) => ({ ...date, id: newBulkId() }));
  const values: RowValue[] = [];
  for (const fact of facts) {
    values.push(
      fact.id,
      workspaceId,
      fact.personId,
      authorId,
      "important_date",
      fact.text,
      fact.refersTo,
      learnedOn,
      null,
      toFlag(false),
      now,
      now,
      importRunId,
    );
  }
  await insertFlatRows(db, "facts", FACT_COLUMNS, values);
  // Private to the importer, as every fact about a private life until its author shares it.
  await indexNewEntities(
    db,
    workspaceId,
    "fact",
    facts.map((fact) => ({ id: fact.id, texts: [fact.text], visibleTo: authorId })),
  );
}

const FACT_COLUMNS = [
  "id",
  "workspace_id",
  "person_id",
  "author_id",
  "category",
  "text",
  "refers_to",
  "learned_on",
  "interaction_id",
  "shared",
  "created_at",
  "updated_at",
  "import_run_id",
] as const;
