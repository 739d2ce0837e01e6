import { type SqlBool, sql } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { Db } from "./open-store.ts";
import { removePeopleFromIndex } from "./people.ts";
import { removeFromIndex } from "./search-index.ts";

// What undoing an import removes: the people and companies it created that nobody has worked on
// since. Imports mark what they create (people.import_run_id, companies.import_run_id); an import's
// own rows (its Art. 14 record and reminder, its stage row, its relations) carry the import's time.

/** The people an import created, contacts and family members alike. */
export async function listPeopleOfRun(db: Db, workspaceId: string, runId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("people")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("import_run_id", "=", runId)
    .execute();
  return rows.map((row) => row.id);
}

/** Tables an import writes nothing into: any row about a person there is somebody's work. */
const WORK_TABLES = [
  "interaction_participants",
  "gifts",
  "deal_stakeholders",
  "address_form_changes",
  "access_requests",
] as const;

/**
 * Of these people, the ones somebody has worked on since the import created them: edited, met or
 * written to (an interaction), learned about (facts other than an import's own, unchanged
 * anniversaries: decision 123), given a gift, made a stakeholder, given a
 * reminder of their own or closed the import's, moved to another stage, changed Sie/Du with, linked
 * to someone, informed, or asked about by a data-subject request. Those stay.
 */
export async function findWorkedOnPeople(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("people as p")
    .select("p.id")
    .where("p.id", "in", ids)
    .where((eb) =>
      eb.or([
        // Edited: changed since created, unless the last change was its own import merging a later
        // row of the file into it (import_merged_at, decision 113).
        eb.and([
          eb("p.updated_at", "<>", eb.ref("p.created_at")),
          eb.or([
            eb("p.import_merged_at", "is", null),
            eb("p.updated_at", "<>", eb.ref("p.import_merged_at")),
          ]),
        ]),
        ...WORK_TABLES.map(
          (table) => sql<SqlBool>`exists (select 1 from ${sql.table(table)} x where x.person_id = p.id)`,
        ),
        eb.exists(
          eb
            .selectFrom("facts as x")
            .select(sql`1`.as("x"))
            .whereRef("x.person_id", "=", "p.id")
            .where((inner) =>
              inner.or([
                inner("x.import_run_id", "is", null),
                inner("x.updated_at", "<>", inner.ref("x.created_at")),
              ]),
            ),
        ),
        eb.exists(
          eb
            .selectFrom("open_loops as x")
            .select(sql`1`.as("x"))
            .whereRef("x.person_id", "=", "p.id")
            .where((inner) =>
              inner.or([
                inner("x.created_at", "<>", inner.ref("p.created_at")),
                inner("x.closed_on", "is not", null),
              ]),
            ),
        ),
        eb.exists(
          eb
            .selectFrom("stage_changes as x")
            .select(sql`1`.as("x"))
            .whereRef("x.person_id", "=", "p.id")
            .whereRef("x.changed_at", "<>", "p.created_at"),
        ),
        eb.exists(
          eb
            .selectFrom("person_privacy as x")
            .select(sql`1`.as("x"))
            .whereRef("x.person_id", "=", "p.id")
            .whereRef("x.updated_at", "<>", "p.created_at"),
        ),
        eb.exists(
          eb
            .selectFrom("relations as x")
            .select(sql`1`.as("x"))
            .where((inner) =>
              inner.or([
                inner("x.person_id", "=", inner.ref("p.id")),
                inner("x.related_person_id", "=", inner.ref("p.id")),
              ]),
            )
            .whereRef("x.created_at", "<>", "p.created_at"),
        ),
      ]),
    )
    .execute();
  return new Set(rows.map((row) => row.id));
}

/**
 * Before an import merges later rows into people it stores (in the same transaction, ahead of the
 * update that moves their updated_at to `now`): marks those this import created and nobody else
 * has changed since (updated_at still its creation or its last own merge) as changed by the import
 * at `now`. A person a user has edited meanwhile is not marked, so the edit keeps them on undo.
 * People of other imports or none are not marked either: what an import merges into them stays.
 */
export async function markOwnMerges(db: Db, runId: string, ids: string[], now: IsoDateTime): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable("people")
    .set({ import_merged_at: now })
    .where("id", "in", ids)
    .where("import_run_id", "=", runId)
    .where((eb) =>
      eb.or([eb("updated_at", "=", eb.ref("created_at")), eb("updated_at", "=", eb.ref("import_merged_at"))]),
    )
    .execute();
}

/** Pairs of related people among these, as [person, related person]. */
export async function listRelationsOf(db: Db, ids: string[]): Promise<Array<[string, string]>> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("relations")
    .select(["person_id", "related_person_id"])
    .where((eb) => eb.or([eb("person_id", "in", ids), eb("related_person_id", "in", ids)]))
    .execute();
  return rows.map((row) => [row.person_id, row.related_person_id]);
}

/**
 * Deletes these people with everything that hangs on them (cascades) and their search terms, and
 * those of their facts (an import's anniversaries).
 */
export async function deletePeopleBulk(db: Db, workspaceId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  await removePeopleFromIndex(db, ids);
  const result = await db
    .deleteFrom("people")
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Companies the import created that nobody has edited, no person works at and no deal names. */
export async function deleteUnusedCompaniesOfRun(
  db: Db,
  workspaceId: string,
  runId: string,
): Promise<number> {
  const unused = await db
    .selectFrom("companies as c")
    .select("c.id")
    .where("c.workspace_id", "=", workspaceId)
    .where("c.import_run_id", "=", runId)
    .whereRef("c.updated_at", "=", "c.created_at")
    .where((eb) =>
      eb.and([
        eb.not(
          eb.exists(
            eb.selectFrom("people as p").select(sql`1`.as("x")).whereRef("p.company_id", "=", "c.id"),
          ),
        ),
        eb.not(
          eb.exists(eb.selectFrom("deals as d").select(sql`1`.as("x")).whereRef("d.company_id", "=", "c.id")),
        ),
      ]),
    )
    .execute();
  const ids = unused.map((row) => row.id);
  if (ids.length === 0) return 0;
  await removeFromIndex(db, ids);
  const result = await db.deleteFrom("companies").where("id", "in", ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function markImportRunUndone(
  db: Db,
  id: string,
  undo: { removed: number; kept: number; now: IsoDateTime },
): Promise<void> {
  await db
    .updateTable("import_runs")
    .set({ undone_at: undo.now, undone_removed: undo.removed, undone_kept: undo.kept, updated_at: undo.now })
    .where("id", "=", id)
    .execute();
}

/**
 * The facts an import wrote (anniversaries) that nobody has changed since, wherever they went (a
 * person the import merged into stays, its imported anniversary goes), with their search terms.
 */
export async function deleteUnchangedFactsOfRun(db: Db, workspaceId: string, runId: string): Promise<number> {
  const rows = await db
    .selectFrom("facts")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("import_run_id", "=", runId)
    .whereRef("updated_at", "=", "created_at")
    .execute();
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return 0;
  await removeFromIndex(db, ids);
  const result = await db.deleteFrom("facts").where("id", "in", ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}
