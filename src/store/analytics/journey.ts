// The stage history of the contacts in scope. Most contacts never move: only people with more
// than one stage record ("movers", found by one GROUP BY over the person index) are read row by
// row; moves, promotions and "Du" switches are then paired up in core/analytics/journey.ts.
import { sql } from "kysely";
import type { DuSwitch, PromotedContact, StageMoveCount } from "../../core/analytics/index.ts";
import { dayOf, type IsoDate, type IsoDateTime } from "../../core/dates.ts";
import { STAGES, type Stage } from "../../core/vocabulary.ts";
import type { Db } from "../open-store.ts";
import { type AnalyticsFilter, chunks, contactsInScope } from "./scope.ts";

interface StageRow {
  person_id: string;
  stage: string;
  changed_at: string;
}

/**
 * People with more than one stage record: the only ones that ever moved. For a whole team, one pass
 * over the person index of stage_changes is cheaper than first listing every contact; the contact
 * filter is applied afterwards to the few movers.
 */
function movers(db: Db, filter: AnalyticsFilter) {
  const query = db
    .selectFrom("stage_changes as m")
    .select("m.person_id")
    .where("m.workspace_id", "=", filter.workspaceId)
    .groupBy("m.person_id")
    .having((eb) => eb.fn.countAll(), ">", 1);
  return filter.ownerId === null ? query : query.where("m.person_id", "in", contactsInScope(db, filter));
}

/** Restricts a query joining `people as p` to the contacts in scope. */
// biome-ignore lint/suspicious/noExplicitAny: works on any query that joins people as p
function inScope<Q extends { where: (...args: any[]) => Q }>(query: Q, filter: AnalyticsFilter): Q {
  const contacts = query.where("p.workspace_id", "=", filter.workspaceId).where("p.is_contact", "=", 1);
  return filter.ownerId === null ? contacts : contacts.where("p.owner_id", "=", filter.ownerId);
}

async function loadMoverHistories(db: Db, filter: AnalyticsFilter): Promise<Map<string, StageRow[]>> {
  const rows = await inScope(
    db
      .selectFrom("stage_changes as sc")
      .innerJoin("people as p", "p.id", "sc.person_id")
      .select(["sc.person_id", "sc.stage", "sc.changed_at"])
      .where("sc.person_id", "in", movers(db, filter)),
    filter,
  )
    .orderBy("sc.person_id")
    .orderBy("sc.changed_at")
    .orderBy("sc.id")
    .execute();
  const byPerson = new Map<string, StageRow[]>();
  for (const row of rows) {
    const list = byPerson.get(row.person_id) ?? [];
    list.push(row);
    byPerson.set(row.person_id, list);
  }
  return byPerson;
}

/** Moves since `from` by month, previous and new stage; the first record of a person is no move. */
export function countStageMoves(histories: Map<string, StageRow[]>, from: IsoDateTime): StageMoveCount[] {
  const counts = new Map<string, StageMoveCount>();
  for (const rows of histories.values()) {
    for (let i = 1; i < rows.length; i += 1) {
      const row = rows[i] as StageRow;
      if (row.changed_at < from) continue;
      const move = {
        month: row.changed_at.slice(0, 7),
        from: (rows[i - 1] as StageRow).stage as Stage,
        to: row.stage as Stage,
      };
      const key = `${move.month}|${move.from}|${move.to}`;
      const entry = counts.get(key) ?? { ...move, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()];
}

const atLeastTrust = (stage: string) => STAGES.indexOf(stage as Stage) >= STAGES.indexOf("trust");

/** The start of each relationship: the earlier of "known since" and the first interaction. */
async function loadFirstContacts(db: Db, workspaceId: string, ids: readonly string[]) {
  const result = new Map<string, IsoDate | null>();
  for (const chunk of chunks(ids)) {
    const rows = await db
      .selectFrom("people as p")
      .select([
        "p.id",
        "p.known_since",
        sql<
          string | null
        >`(select min(ip.occurred_at) from interaction_participants ip where ip.person_id = p.id)`.as(
          "first_at",
        ),
      ])
      .where("p.workspace_id", "=", workspaceId)
      .where("p.id", "in", chunk)
      .execute();
    for (const r of rows) {
      const met = r.first_at === null ? null : dayOf(r.first_at);
      const known = r.known_since;
      result.set(r.id, known === null ? met : met === null || known < met ? known : met);
    }
  }
  return result;
}

export interface JourneyData {
  moves: StageMoveCount[];
  promoted: PromotedContact[];
  duSwitches: DuSwitch[];
}

/** Everything the journey figure needs, in four bounded queries plus one seek per mover. */
export async function loadJourney(
  db: Db,
  filter: AnalyticsFilter,
  movesFrom: IsoDateTime,
): Promise<JourneyData> {
  const [histories, du] = await Promise.all([
    loadMoverHistories(db, filter),
    // Few people switch to Du: start from those rows and look each person up, not the other way round.
    inScope(
      db
        .selectFrom("address_form_changes as a")
        .innerJoin("people as p", "p.id", "a.person_id")
        .select(["a.person_id", (eb) => eb.fn.min("a.changed_on").as("du_on")])
        .where("a.workspace_id", "=", filter.workspaceId)
        .where("a.form", "=", "du"),
      filter,
    )
      .groupBy("a.person_id")
      .execute(),
  ]);
  const promotedRows = [...histories].flatMap(([personId, rows]) => {
    const later = rows.slice(1);
    const trust = later.find((r) => atLeastTrust(r.stage));
    if (!trust) return [];
    const friend = later.find((r) => r.stage === "friendship");
    return [
      {
        personId,
        firstStage: (rows[0] as StageRow).stage as Stage,
        trustAt: trust.changed_at,
        friendAt: friend?.changed_at ?? null,
      },
    ];
  });
  const first = await loadFirstContacts(db, filter.workspaceId, [
    ...new Set([...promotedRows.map((p) => p.personId), ...du.map((d) => d.person_id)]),
  ]);
  return {
    moves: countStageMoves(histories, movesFrom),
    promoted: promotedRows.map((p) => ({ ...p, firstContactOn: first.get(p.personId) ?? null })),
    duSwitches: du.map((d) => ({
      personId: d.person_id,
      duOn: String(d.du_on),
      firstContactOn: first.get(d.person_id) ?? null,
    })),
  };
}
