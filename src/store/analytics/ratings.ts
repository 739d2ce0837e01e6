// Monthly sums of the 1–5 ratings of interactions with the given contacts, and of the self-checks
// of one author or the whole team: one GROUP BY each, bounded to the months shown.
import { sql } from "kysely";
import { emptyMonth, type MonthlyRatings, type MonthlySelfChecks } from "../../core/analytics/index.ts";
import type { IsoDateTime } from "../../core/dates.ts";
import type { Db } from "../open-store.ts";
import { chunks } from "./scope.ts";

/**
 * Ratings of interactions in [from, until] with any of `personIds`, per customer: an interaction
 * with two of them counts for each, as each relationship was rated. The participant rows carry
 * the ratings (migration 0800), so this is one covering index range per contact and no join.
 */
export async function loadMonthlyRatings(
  db: Db,
  params: { workspaceId: string; personIds: readonly string[]; from: IsoDateTime; until: IsoDateTime },
): Promise<MonthlyRatings[]> {
  const { workspaceId, personIds, from, until } = params;
  if (personIds.length === 0) return [];
  const sums = new Map<string, MonthlyRatings>();
  for (const ids of chunks(personIds)) {
    const rows = await db
      .selectFrom("people as p")
      .innerJoin("interaction_participants as ip", "ip.person_id", "p.id")
      .select([
        sql<string>`substr(ip.occurred_at, 1, 7)`.as("month"),
        (eb) => eb.fn.countAll<number>().as("n"),
        sql<number | null>`sum(ip.trust)`.as("trust_sum"),
        sql<number>`count(ip.trust)`.as("trust_n"),
        sql<number | null>`sum(ip.resistance)`.as("resistance_sum"),
        sql<number>`count(ip.resistance)`.as("resistance_n"),
      ])
      .where("p.workspace_id", "=", workspaceId)
      .where("p.id", "in", ids)
      .where("ip.occurred_at", ">=", from)
      .where("ip.occurred_at", "<=", until)
      .groupBy(sql`substr(ip.occurred_at, 1, 7)`)
      .execute();
    for (const r of rows) {
      const m = sums.get(r.month) ?? emptyMonth(r.month);
      m.interactions += Number(r.n);
      m.trustSum += Number(r.trust_sum ?? 0);
      m.trustCount += Number(r.trust_n);
      m.resistanceSum += Number(r.resistance_sum ?? 0);
      m.resistanceCount += Number(r.resistance_n);
      sums.set(r.month, m);
    }
  }
  return [...sums.values()];
}

const yes = (column: string) => sql<number>`sum(case when ${sql.ref(column)} = 'yes' then 1 else 0 end)`;
const partly = (column: string) => sql`(case when ${sql.ref(column)} = 'partly' then 1 else 0 end)`;

/**
 * Self-checks in [from, until] by the month of their conversation: answer counts only, never the
 * note. `authorId` null sums the whole team, with the number of distinct authors per month so the
 * caller can withhold months too small to stay anonymous.
 */
export async function loadMonthlySelfChecks(
  db: Db,
  params: { workspaceId: string; authorId: string | null; from: IsoDateTime; until: IsoDateTime },
): Promise<MonthlySelfChecks[]> {
  const { workspaceId, authorId, from, until } = params;
  let query = db
    .selectFrom("reflections as r")
    .innerJoin("interactions as i", "i.id", "r.interaction_id")
    .select([
      sql<string>`substr(i.occurred_at, 1, 7)`.as("month"),
      (eb) => eb.fn.countAll<number>().as("n"),
      sql<number>`count(distinct r.author_id)`.as("authors"),
      yes("r.relaxed").as("relaxed_yes"),
      yes("r.smiled").as("smiled_yes"),
      yes("r.listened").as("listened_yes"),
      yes("r.distance").as("distance_yes"),
      yes("r.friend_tone").as("friend_tone_yes"),
      sql<number>`sum(${partly("r.relaxed")} + ${partly("r.smiled")} + ${partly("r.listened")} + ${partly("r.distance")} + ${partly("r.friend_tone")})`.as(
        "partly",
      ),
      sql<number | null>`sum(i.atmosphere)`.as("atmosphere_sum"),
      sql<number>`count(i.atmosphere)`.as("atmosphere_n"),
    ])
    .where("r.workspace_id", "=", workspaceId)
    .where("i.occurred_at", ">=", from)
    .where("i.occurred_at", "<=", until);
  if (authorId !== null) query = query.where("r.author_id", "=", authorId);
  const rows = await query.groupBy(sql`substr(i.occurred_at, 1, 7)`).execute();
  return rows.map((r) => {
    const yesByQuestion = {
      relaxed: Number(r.relaxed_yes),
      smiled: Number(r.smiled_yes),
      listened: Number(r.listened_yes),
      distance: Number(r.distance_yes),
      friendTone: Number(r.friend_tone_yes),
    };
    const reflections = Number(r.n);
    const yesTotal = Object.values(yesByQuestion).reduce((a, b) => a + b, 0);
    const partlyTotal = Number(r.partly);
    return {
      month: r.month,
      reflections,
      authors: Number(r.authors),
      yes: yesTotal,
      partly: partlyTotal,
      no: reflections * 5 - yesTotal - partlyTotal,
      yesByQuestion,
      atmosphereSum: Number(r.atmosphere_sum ?? 0),
      atmosphereCount: Number(r.atmosphere_n),
    };
  });
}
