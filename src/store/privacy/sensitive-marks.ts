import type { SensitiveDecision } from "../../core/privacy/sensitive-review.ts";
import type { Db } from "../open-store.ts";

/** Rows that carry the decision taken on a sensitive-looking note (decision 080). */
export type MarkedTable = "facts" | "people" | "reflections";

export interface SensitiveMark {
  decision: SensitiveDecision | null;
  /** "field:category" pairs, e.g. "stanceReason:insult". */
  entries: string[];
}

function parseEntries(json: string | null): string[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === "string") : [];
  } catch {
    return [];
  }
}

export async function readSensitiveMark(db: Db, table: MarkedTable, id: string): Promise<SensitiveMark> {
  // The three tables share the two columns; one of them stands for the type.
  const row = await db
    .selectFrom(table as "facts")
    .select(["sensitive_decision", "sensitive_categories"])
    .where("id", "=", id)
    .executeTakeFirst();
  return {
    decision: (row?.sensitive_decision as SensitiveDecision | null | undefined) ?? null,
    entries: parseEntries(row?.sensitive_categories ?? null),
  };
}

/**
 * Replaces the marks of the fields just written: entries of other fields stay (a person's notes
 * and stance reason are saved separately). No entries left means no decision either.
 */
export async function writeSensitiveMark(
  db: Db,
  table: MarkedTable,
  id: string,
  change: { fields: readonly string[]; entries: readonly string[]; decision: SensitiveDecision | undefined },
): Promise<SensitiveMark> {
  const current = await readSensitiveMark(db, table, id);
  const kept = current.entries.filter((e) => !change.fields.includes(e.slice(0, e.indexOf(":"))));
  const entries = [...new Set([...kept, ...change.entries])];
  const decision =
    entries.length === 0
      ? null
      : change.entries.length > 0
        ? (change.decision ?? current.decision)
        : current.decision;
  await db
    .updateTable(table as "facts")
    .set({
      sensitive_decision: decision,
      sensitive_categories: entries.length > 0 ? JSON.stringify(entries) : null,
    })
    .where("id", "=", id)
    .execute();
  return { decision, entries };
}
