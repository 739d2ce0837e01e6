import { sql } from "kysely";
import type { RetentionCandidate } from "../../core/privacy/retention.ts";
import type { Db } from "../open-store.ts";
import { removeFromIndex } from "../search-index.ts";

/**
 * People with personal facts, with what the retention rules need: last interaction, creation,
 * departure and last review. `viewerId` counts only the facts that user may see (the review queue
 * in the app); null counts every fact (the controller's retention run).
 */
export async function loadRetentionCandidates(
  db: Db,
  workspaceId: string,
  viewerId: string | null,
): Promise<RetentionCandidate[]> {
  const visible = (alias: string) =>
    viewerId === null
      ? sql`1 = 1`
      : sql`(${sql.ref(`${alias}.author_id`)} = ${viewerId} or ${sql.ref(`${alias}.shared`)} = 1)`;
  const { rows } = await sql<{
    id: string;
    first_name: string;
    last_name: string;
    created_at: string;
    left_company_on: string | null;
    facts_reviewed_on: string | null;
    last_interaction_at: string | null;
    fact_count: number | string;
  }>`select p.id, p.first_name, p.last_name, p.created_at, pp.left_company_on, pp.facts_reviewed_on,
      (select max(ip.occurred_at) from interaction_participants ip where ip.person_id = p.id) as last_interaction_at,
      (select count(*) from facts f where f.person_id = p.id and ${visible("f")}) as fact_count
    from people p
    left join person_privacy pp on pp.person_id = p.id
    where p.workspace_id = ${workspaceId}
      and exists (select 1 from facts f2 where f2.person_id = p.id and ${visible("f2")})
    order by p.id`.execute(db);
  return rows.map((r) => ({
    personId: r.id,
    name: [r.first_name, r.last_name].filter((p) => p.length > 0).join(" "),
    lastInteractionAt: r.last_interaction_at,
    createdAt: r.created_at,
    leftCompanyOn: r.left_company_on,
    factsReviewedOn: r.facts_reviewed_on,
    factCount: Number(r.fact_count),
  }));
}

/** Deletes every personal fact of these people (all authors) and their search terms; returns how many. */
export async function deleteFactsOf(
  db: Db,
  workspaceId: string,
  personIds: readonly string[],
): Promise<number> {
  if (personIds.length === 0) return 0;
  const facts = await db
    .selectFrom("facts")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("person_id", "in", personIds)
    .execute();
  await removeFromIndex(
    db,
    facts.map((f) => f.id),
  );
  if (facts.length > 0) {
    await db
      .deleteFrom("facts")
      .where("workspace_id", "=", workspaceId)
      .where("person_id", "in", personIds)
      .execute();
  }
  return facts.length;
}

export async function listWorkspaceIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("workspaces").select("id").orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => r.id);
}
