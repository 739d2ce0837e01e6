import { sql } from "kysely";
import type { IsoDateTime } from "../core/dates.ts";
import type { Birthday } from "../core/model/person.ts";
import {
  type ContactSignals,
  computeSignalCutoffs,
  emptySignals,
  FACE_TO_FACE_KINDS,
} from "../core/relationship/index.ts";
import type { AddressForm, Importance, Party, Stage, Stance } from "../core/vocabulary.ts";
import type { Db } from "./open-store.ts";

/** Which contacts to compute signals for: one user's contacts, or named people. */
export type ContactScope = { ownerId: string } | { personIds: string[] };

export interface ContactWithSignals extends ContactSignals {
  firstName: string;
  lastName: string;
  stanceReason: string | null;
  birthday: Birthday | null;
  companyId: string | null;
}

/** The people of a scope as a subquery, so large scopes never travel as id lists. */
export function scopedPeople(db: Db, workspaceId: string, scope: ContactScope) {
  const query = db.selectFrom("people").select("people.id").where("people.workspace_id", "=", workspaceId);
  return "ownerId" in scope
    ? query.where("people.owner_id", "=", scope.ownerId).where("people.is_contact", "=", 1)
    : query.where("people.id", "in", scope.personIds.length > 0 ? scope.personIds : [""]);
}

/**
 * Restricts a query that joins `people as p` to the scope. Driving from the people of one owner
 * (index people_owner) lets the planner seek each person's rows instead of scanning the workspace.
 */
// biome-ignore lint/suspicious/noExplicitAny: works on any query that joins people as p
export function whereInScope<Q extends { where: (...args: any[]) => Q }>(
  query: Q,
  workspaceId: string,
  scope: ContactScope,
): Q {
  const scoped = query.where("p.workspace_id", "=", workspaceId);
  return "ownerId" in scope
    ? scoped.where("p.owner_id", "=", scope.ownerId).where("p.is_contact", "=", 1)
    : scoped.where("p.id", "in", scope.personIds.length > 0 ? scope.personIds : [""]);
}

/**
 * ContactSignals for every contact in scope with three queries in all: people, one GROUP BY over
 * their interactions, one over the facts the viewer may see. Matches summariseInteractions()
 * exactly (sums and counts, not averages; see docs/decisions/025-contact-signals.md).
 */
export async function loadContactSignals(
  db: Db,
  params: { workspaceId: string; viewerId: string; scope: ContactScope; now: IsoDateTime },
): Promise<ContactWithSignals[]> {
  const { workspaceId, viewerId, scope, now } = params;
  const cut = computeSignalCutoffs(now);
  const [people, aggregates, facts] = await Promise.all([
    whereInScope(db.selectFrom("people as p").selectAll("p"), workspaceId, scope).orderBy("p.id").execute(),
    db
      .selectFrom("people as p")
      .innerJoin("interaction_participants as ip", "ip.person_id", "p.id")
      .select([
        "ip.person_id",
        sql<string>`max(ip.occurred_at)`.as("last"),
        sql<string>`min(ip.occurred_at)`.as("first"),
        sql<number>`count(*)`.as("total"),
        sql<number>`sum(case when ip.occurred_at >= ${cut.recent} then 1 else 0 end)`.as("recent"),
        sql<number>`sum(case when ip.occurred_at >= ${cut.year} then 1 else 0 end)`.as("year"),
        sql<number>`sum(case when ip.initiated_by = 'them' then 1 else 0 end)`.as("them"),
        sql<number>`sum(case when ip.personal = 1 then 1 else 0 end)`.as("personal"),
        sql<number>`sum(case when ip.kind in (${sql.join(FACE_TO_FACE_KINDS)}) then 1 else 0 end)`.as("f2f"),
        sql<number | null>`sum(case when ip.occurred_at >= ${cut.ratings} then ip.trust end)`.as("tr_sum"),
        sql<number>`count(case when ip.occurred_at >= ${cut.ratings} then ip.trust end)`.as("tr_n"),
        sql<number | null>`sum(case when ip.occurred_at < ${cut.ratings} then ip.trust end)`.as("te_sum"),
        sql<number>`count(case when ip.occurred_at < ${cut.ratings} then ip.trust end)`.as("te_n"),
        sql<number | null>`sum(case when ip.occurred_at >= ${cut.ratings} then ip.resistance end)`.as(
          "rr_sum",
        ),
        sql<number>`count(case when ip.occurred_at >= ${cut.ratings} then ip.resistance end)`.as("rr_n"),
        sql<number | null>`sum(case when ip.occurred_at < ${cut.ratings} then ip.resistance end)`.as(
          "re_sum",
        ),
        sql<number>`count(case when ip.occurred_at < ${cut.ratings} then ip.resistance end)`.as("re_n"),
      ])
      // The participant row carries the interaction's signal columns (migration 0800): one covering
      // index range per person, no join.
      .where("ip.occurred_at", "<=", now)
      .$call((q) => whereInScope(q, workspaceId, scope))
      .groupBy("ip.person_id")
      .execute(),
    whereInScope(
      db
        .selectFrom("people as p")
        .innerJoin("facts as f", "f.person_id", "p.id")
        .select(["f.person_id", sql<number>`count(*)`.as("n")])
        .where((eb) => eb.or([eb("f.author_id", "=", viewerId), eb("f.shared", "=", 1)])),
      workspaceId,
      scope,
    )
      .groupBy("f.person_id")
      .execute(),
  ]);
  const aggregateOf = new Map(aggregates.map((a) => [a.person_id, a]));
  const factsOf = new Map(facts.map((f) => [f.person_id, Number(f.n)]));
  return people.map((row) => {
    const personFields = {
      id: row.id,
      stage: row.stage as Stage,
      stance: row.stance as Stance,
      addressForm: row.address_form as AddressForm,
      addressFormSince: row.address_form_since,
      addressFormOfferedBy: row.address_form_offered_by as Party | null,
      knownSince: row.known_since,
      importance: row.importance as Importance,
      cadenceDays: row.cadence_days,
      createdAt: row.created_at,
    };
    const a = aggregateOf.get(row.id);
    const base = emptySignals(personFields);
    const signals: ContactSignals = a
      ? {
          ...base,
          lastInteractionAt: a.last,
          firstInteractionAt: a.first,
          interactionCount: Number(a.total),
          countLast90Days: Number(a.recent),
          countLast365Days: Number(a.year),
          theyInitiatedCount: Number(a.them),
          personalCount: Number(a.personal),
          faceToFaceCount: Number(a.f2f),
          trustRecentSum: Number(a.tr_sum ?? 0),
          trustRecentCount: Number(a.tr_n),
          trustEarlierSum: Number(a.te_sum ?? 0),
          trustEarlierCount: Number(a.te_n),
          resistanceRecentSum: Number(a.rr_sum ?? 0),
          resistanceRecentCount: Number(a.rr_n),
          resistanceEarlierSum: Number(a.re_sum ?? 0),
          resistanceEarlierCount: Number(a.re_n),
        }
      : base;
    return {
      ...signals,
      factCount: factsOf.get(row.id) ?? 0,
      firstName: row.first_name,
      lastName: row.last_name,
      stanceReason:
        row.stance_reason_author_id === null || row.stance_reason_author_id === viewerId
          ? row.stance_reason
          : null,
      birthday:
        row.birthday_day !== null && row.birthday_month !== null
          ? { day: row.birthday_day, month: row.birthday_month, year: row.birthday_year }
          : null,
      companyId: row.company_id,
    };
  });
}
