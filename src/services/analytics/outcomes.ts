// Win rate by warmth and tenders by coverage: decided deals from the store, warmth from the snapshot
// taken at closing, or — for deals closed without one — reconstructed from the history up to the
// close day. Only the stakeholders that need it are reconstructed, in one batch.
import {
  type ClosedDeal,
  type ContactTimeline,
  type DecidedTender,
  type DecisionMakerWarmth,
  endOfDay,
  type FigureBody,
  prepareTimeline,
  tendersByCoverage,
  warmthAt,
  winRateByWarmth,
} from "../../core/analytics/index.ts";
import { addDays, dayOf, type IsoDate, type IsoDateTime } from "../../core/dates.ts";
import type { Actor } from "../../core/model/actor.ts";
import {
  type AnalyticsFilter,
  type DecidedDeal,
  loadContactHistories,
  loadDecidedDeals,
} from "../../store/analytics/index.ts";
import type { Db } from "../../store/open-store.ts";

async function timelinesOf(
  db: Db,
  actor: Actor,
  personIds: readonly string[],
  until: IsoDateTime,
): Promise<Map<string, ContactTimeline>> {
  if (personIds.length === 0) return new Map();
  const histories = await loadContactHistories(db, {
    workspaceId: actor.workspaceId,
    viewerId: actor.userId,
    personIds,
    until,
  });
  return new Map([...histories].map(([id, h]) => [id, prepareTimeline(h)]));
}

/** ISO days order as text; the later of the list, or a day before any data when it is empty. */
function latest(days: readonly IsoDate[]): IsoDate {
  return [...days].sort().at(-1) ?? "0000-01-01";
}

export async function computeWinRateByWarmth(
  db: Db,
  actor: Actor,
  filter: AnalyticsFilter,
): Promise<FigureBody> {
  const deals = await loadDecidedDeals(db, filter, { tendersOnly: false });
  const deciders = (deal: DecidedDeal) => deal.stakeholders.filter((s) => s.role === "decision_maker");
  const missing = deals.flatMap((d) =>
    deciders(d)
      .filter((s) => s.warmthAtClose === null)
      .map((s) => s.personId),
  );
  const timelines = await timelinesOf(db, actor, missing, endOfDay(latest(deals.map((d) => d.closedOn))));
  const closed: ClosedDeal[] = deals.map((deal) => ({
    id: deal.id,
    status: deal.status,
    valueCents: deal.valueCents,
    createdOn: dayOf(deal.createdAt),
    closedOn: deal.closedOn,
    decisionMakers: deciders(deal).flatMap((s): DecisionMakerWarmth[] => {
      if (s.warmthAtClose !== null)
        return [{ warmth: s.warmthAtClose, influence: s.influence, reconstructed: false }];
      const timeline = timelines.get(s.personId);
      if (!timeline) return [];
      return [
        { warmth: warmthAt(timeline, endOfDay(deal.closedOn)), influence: s.influence, reconstructed: true },
      ];
    }),
  }));
  return winRateByWarmth(closed);
}

/** The day coverage is judged: the eve of publication (entered, else expected), never after the decision. */
export function coverageDay(deal: DecidedDeal): IsoDate | null {
  const publication = deal.publishedOn ?? deal.expectedPublicationOn;
  if (publication === null) return null;
  const eve = addDays(publication, -1);
  return [eve, deal.closedOn].sort()[0] as IsoDate;
}

export async function computeTendersByCoverage(
  db: Db,
  actor: Actor,
  filter: AnalyticsFilter,
): Promise<FigureBody> {
  const tenders = await loadDecidedDeals(db, filter, { tendersOnly: true });
  const dated = tenders.flatMap((t) => {
    const day = coverageDay(t);
    return day === null ? [] : [{ tender: t, day }];
  });
  const people = dated.flatMap(({ tender }) => tender.stakeholders.map((s) => s.personId));
  const timelines = await timelinesOf(db, actor, people, endOfDay(latest(dated.map((d) => d.day))));
  const decided: DecidedTender[] = dated.map(({ tender, day }) => ({
    id: tender.id,
    status: tender.status,
    publicationOn: day,
    stakeholders: tender.stakeholders.flatMap((s) => {
      const timeline = timelines.get(s.personId);
      return timeline
        ? [{ role: s.role, influence: s.influence, warmth: warmthAt(timeline, endOfDay(day)) }]
        : [];
    }),
  }));
  return tendersByCoverage(decided, tenders.length - dated.length);
}
