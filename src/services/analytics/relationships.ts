// Journey, rating trends, self-check trend and keep-in-touch health. Every query is bounded: the
// journey reads only contacts that ever moved, self-checks are summed by the database, and the
// per-contact figures read a fixed sample (trends: SAMPLE_CONTACTS, keep-in-touch:
// KEEP_IN_TOUCH_CONTACTS) — all contacts of a typical salesperson's book for trends.
// See docs/decisions/091-analytics-privacy-and-sampling.md.
import {
  type FigureBody,
  HISTORY_MONTHS,
  journey,
  keepInTouch,
  lastMonths,
  lastQuarters,
  monthStart,
  prepareTimeline,
  quarterStart,
  ratingTrends,
  SAMPLE_CONTACTS,
  type SampleInfo,
  sampleInfo,
  selfCheckTrend,
} from "../../core/analytics/index.ts";
import type { IsoDateTime } from "../../core/dates.ts";
import type { Actor } from "../../core/model/actor.ts";
import {
  type AnalyticsFilter,
  loadContactHistories,
  loadJourney,
  loadMonthlyRatings,
  loadMonthlySelfChecks,
  sampleContacts,
} from "../../store/analytics/index.ts";
import { loadContactSignals } from "../../store/contact-signals.ts";
import type { Db } from "../../store/open-store.ts";

export const JOURNEY_QUARTERS = 8;
export const TREND_MONTHS = 12;
/**
 * Contacts whose full history is replayed for the twelve month ends. The sample is ordered by a
 * random key, so its first few hundred are themselves an even spread; shares from 300 contacts
 * are within about ±6 percentage points (95 %), enough to see a trend.
 */
export const HISTORY_CONTACTS = 300;
/**
 * Contacts whose warmth and cadence are scored for today's keep-in-touch figures. Scoring is the
 * dearest step (one signal aggregate plus the warmth and cadence rules per contact); 1,000 keeps
 * the figure inside its time budget and shares within about ±3 percentage points (95 %).
 */
export const KEEP_IN_TOUCH_CONTACTS = 1000;

export interface SampledBody {
  body: FigureBody;
  sample: SampleInfo | null;
}

export async function computeJourney(db: Db, filter: AnalyticsFilter, now: IsoDateTime): Promise<FigureBody> {
  const quarters = lastQuarters(now, JOURNEY_QUARTERS);
  const data = await loadJourney(db, filter, quarterStart(quarters[0] as string));
  return journey({ quarters, ...data });
}

export async function computeRatingTrends(
  db: Db,
  filter: AnalyticsFilter,
  now: IsoDateTime,
): Promise<SampledBody> {
  const months = lastMonths(now, TREND_MONTHS);
  const { ids, total } = await sampleContacts(db, filter, SAMPLE_CONTACTS);
  const sums = await loadMonthlyRatings(db, {
    workspaceId: filter.workspaceId,
    personIds: ids,
    from: monthStart(months[0] as string),
    until: now,
  });
  return { body: ratingTrends(months, sums), sample: sampleInfo(ids.length, total) };
}

/** Own self-checks only; the team scope sums authors and withholds months with too few of them. */
export async function computeSelfCheckTrend(
  db: Db,
  actor: Actor,
  filter: AnalyticsFilter,
  now: IsoDateTime,
): Promise<FigureBody> {
  const months = lastMonths(now, TREND_MONTHS);
  const sums = await loadMonthlySelfChecks(db, {
    workspaceId: filter.workspaceId,
    authorId: filter.ownerId === null ? null : actor.userId,
    from: monthStart(months[0] as string),
    until: now,
  });
  return selfCheckTrend(months, sums, filter.ownerId === null ? "team" : "me");
}

/**
 * Today's figures from the signal aggregate of up to KEEP_IN_TOUCH_CONTACTS contacts (one GROUP BY, as
 * the Heute agenda uses); the month ends from full histories of the first HISTORY_CONTACTS of them.
 */
export async function computeKeepInTouch(
  db: Db,
  actor: Actor,
  filter: AnalyticsFilter,
  now: IsoDateTime,
): Promise<SampledBody> {
  const { ids, total } = await sampleContacts(db, filter, KEEP_IN_TOUCH_CONTACTS);
  const [current, histories] = await Promise.all([
    ids.length === 0
      ? []
      : loadContactSignals(db, {
          workspaceId: filter.workspaceId,
          viewerId: actor.userId,
          scope: { personIds: ids },
          now,
        }),
    loadContactHistories(db, {
      workspaceId: filter.workspaceId,
      viewerId: actor.userId,
      personIds: ids.slice(0, HISTORY_CONTACTS),
      until: now,
    }),
  ]);
  const history = [...histories.values()].map(prepareTimeline);
  return { body: keepInTouch({ now, current, history }), sample: sampleInfo(ids.length, total) };
}

export { HISTORY_MONTHS };
