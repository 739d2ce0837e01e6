import { addDays, daysBetween, type IsoDate, type IsoDateTime, pad2 } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { InteractionKind, Party, Rating } from "../vocabulary.ts";
import { laterDay } from "./day-order.ts";
import type { RatingTrend, RelationshipProfile } from "./profiles.ts";
import type { Rng } from "./random.ts";

// A year of contact with one person, shaped by their relationship profile: how often, which kinds,
// who reached out, how personal, and ratings that drift along the profile's trend.

export const YEAR_DAYS = 365;

const FACE_TO_FACE: readonly InteractionKind[] = ["meeting", "meal", "event", "video"];

/** An interaction before its summary is written: facts learned in it decide what it was about. */
export interface InteractionDraft {
  key: string;
  day: IsoDate;
  occurredAt: IsoDateTime;
  kind: InteractionKind;
  initiatedBy: Party;
  personal: boolean;
  atmosphere: Rating | null;
  trust: Rating | null;
  resistance: Rating | null;
  participantKeys: string[];
  /** Set when a fact is learned here: what the personal part was about. */
  personalTopic: Localized | null;
}

export function draftInteractions(
  rng: Rng,
  options: {
    keyPrefix: string;
    personKey: string;
    profile: RelationshipProfile;
    knownSince: IsoDate;
    today: IsoDate;
  },
): InteractionDraft[] {
  const { profile, today } = options;
  const yearAgo = addDays(today, -YEAR_DAYS);
  const start = laterDay(options.knownSince, yearAgo);
  const lastDay = addDays(today, -rng.int(...profile.lastContactDays));
  const end = laterDay(lastDay, start);
  const span = daysBetween(start, end);
  const count = rng.int(...profile.interactions);
  const days = Array.from({ length: count - 1 }, () => addDays(start, rng.int(0, span)));
  days.push(end);
  days.sort();
  const drafts = days.map((day, index) => {
    const progress = Math.min(1, Math.max(0, daysBetween(yearAgo, day) / YEAR_DAYS));
    const kind = rng.weighted(profile.kinds);
    const rated = rng.chance(profile.ratedShare);
    return {
      key: `${options.keyPrefix}-${pad2(index + 1)}`,
      day,
      occurredAt: timeOfDay(rng, day, kind),
      kind,
      initiatedBy: rng.chance(profile.theyShare) ? "them" : "me",
      personal: rng.chance(profile.personalShare),
      atmosphere: rated ? rate(rng, profile.atmosphere, progress) : null,
      trust: rated ? rate(rng, profile.trust, progress) : null,
      resistance: rated ? rate(rng, profile.resistance, progress) : null,
      participantKeys: [options.personKey],
      personalTopic: null,
    } satisfies InteractionDraft;
  });
  ensureAtLeast(
    rng,
    drafts,
    profile.minFaceToFace,
    (d) => FACE_TO_FACE.includes(d.kind),
    (d) => {
      d.kind = rng.pick(["meeting", "meal"] as const);
      d.occurredAt = timeOfDay(rng, d.day, d.kind);
    },
  );
  ensureAtLeast(
    rng,
    drafts,
    profile.minPersonal,
    (d) => d.personal,
    (d) => {
      d.personal = true;
    },
  );
  return drafts;
}

/** Tops up a property the stage needs as evidence, choosing which interactions at random. */
function ensureAtLeast(
  rng: Rng,
  drafts: InteractionDraft[],
  minimum: number,
  has: (d: InteractionDraft) => boolean,
  give: (d: InteractionDraft) => void,
): void {
  const missing = minimum - drafts.filter(has).length;
  if (missing <= 0) return;
  for (const draft of rng.sample(
    drafts.filter((d) => !has(d)),
    missing,
  ))
    give(draft);
}

function rate(rng: Rng, trend: RatingTrend, progress: number): Rating {
  const value = trend.from + (trend.to - trend.from) * progress + rng.between(-0.7, 0.7);
  return Math.min(5, Math.max(1, Math.round(value))) as Rating;
}

/** Office hours in UTC (CET is an hour ahead); lunches at noon, dinners and events in the evening. */
function timeOfDay(rng: Rng, day: IsoDate, kind: InteractionKind): IsoDateTime {
  const hour =
    kind === "meal" ? rng.pick([11, 11, 17, 18]) : kind === "event" ? rng.int(15, 17) : rng.int(6, 15);
  const minute = rng.pick([0, 15, 30, 45]);
  return `${day}T${pad2(hour)}:${pad2(minute)}:00.000Z`;
}

/** A meeting of several people of one account: business, usually the annual review or a tender. */
export function draftJointMeeting(
  rng: Rng,
  options: { key: string; participantKeys: string[]; today: IsoDate; profile: RelationshipProfile },
): InteractionDraft {
  const day = addDays(options.today, -rng.int(5, YEAR_DAYS - 1));
  const kind = rng.chance(0.75) ? "meeting" : "video";
  const progress = 1 - daysBetween(day, options.today) / YEAR_DAYS;
  const rated = rng.chance(0.6);
  return {
    key: options.key,
    day,
    occurredAt: timeOfDay(rng, day, kind),
    kind,
    initiatedBy: rng.chance(0.3) ? "them" : "me",
    personal: false,
    atmosphere: rated ? rate(rng, options.profile.atmosphere, progress) : null,
    trust: rated ? rate(rng, options.profile.trust, progress) : null,
    resistance: rated ? rate(rng, options.profile.resistance, progress) : null,
    participantKeys: options.participantKeys,
    personalTopic: null,
  };
}
