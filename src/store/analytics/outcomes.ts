// Decided deals and tenders with their stakeholders, for "does friendship sell?". Two queries in
// all, whatever the number of deals: the deals, then every stakeholder of those deals by subquery.
import type { Influence, StakeholderRole } from "../../core/coverage/index.ts";
import type { IsoDate, IsoDateTime } from "../../core/dates.ts";
import type { Db } from "../open-store.ts";
import type { AnalyticsFilter } from "./scope.ts";

export interface DecidedStakeholder {
  personId: string;
  role: StakeholderRole;
  influence: Influence;
  warmthAtClose: number | null;
}

export interface DecidedDeal {
  id: string;
  status: "won" | "lost";
  valueCents: number;
  createdAt: IsoDateTime;
  closedOn: IsoDate;
  /** Tenders only: the day it was published, else the day it was expected to be. */
  publishedOn: IsoDate | null;
  expectedPublicationOn: IsoDate | null;
  stakeholders: DecidedStakeholder[];
}

function decidedDeals(db: Db, filter: AnalyticsFilter, tendersOnly: boolean) {
  let query = db
    .selectFrom("deals as d")
    .where("d.workspace_id", "=", filter.workspaceId)
    .where("d.status", "in", ["won", "lost"])
    .where("d.closed_on", "is not", null);
  if (filter.ownerId !== null) query = query.where("d.owner_id", "=", filter.ownerId);
  if (tendersOnly) query = query.where("d.kind", "=", "tender");
  return query;
}

/** Won and lost deals (or only tenders) in scope, each with all its stakeholders. */
export async function loadDecidedDeals(
  db: Db,
  filter: AnalyticsFilter,
  options: { tendersOnly: boolean },
): Promise<DecidedDeal[]> {
  const [deals, stakeholders] = await Promise.all([
    decidedDeals(db, filter, options.tendersOnly)
      .leftJoin("tenders as t", "t.deal_id", "d.id")
      .select([
        "d.id",
        "d.status",
        "d.value_cents",
        "d.created_at",
        "d.closed_on",
        "t.published_on",
        "t.expected_publication_on",
      ])
      .orderBy("d.closed_on")
      .orderBy("d.id")
      .execute(),
    db
      .selectFrom("deal_stakeholders as s")
      .select(["s.deal_id", "s.person_id", "s.role", "s.influence", "s.warmth_at_close"])
      .where("s.workspace_id", "=", filter.workspaceId)
      .where("s.deal_id", "in", decidedDeals(db, filter, options.tendersOnly).select("d.id"))
      .orderBy("s.id")
      .execute(),
  ]);
  const byDeal = new Map<string, DecidedStakeholder[]>();
  for (const s of stakeholders) {
    const list = byDeal.get(s.deal_id) ?? [];
    list.push({
      personId: s.person_id,
      role: s.role as StakeholderRole,
      influence: s.influence as Influence,
      warmthAtClose: s.warmth_at_close === null ? null : Number(s.warmth_at_close),
    });
    byDeal.set(s.deal_id, list);
  }
  return deals.map((d) => ({
    id: d.id,
    status: d.status as "won" | "lost",
    valueCents: Number(d.value_cents),
    createdAt: d.created_at,
    closedOn: d.closed_on as IsoDate,
    publishedOn: d.published_on ?? null,
    expectedPublicationOn: d.expected_publication_on ?? null,
    stakeholders: byDeal.get(d.id) ?? [],
  }));
}
