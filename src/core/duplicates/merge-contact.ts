import type { IsoDate } from "../dates.ts";
import type { Birthday, Channel } from "../model/person.ts";

/** The fields an import or a merge may fill; everything else of the kept person stays as it is. */
export interface MergeableContact {
  firstName: string;
  lastName: string;
  companyId: string | null;
  jobTitle: string | null;
  channels: Channel[];
  birthday: Birthday | null;
  notes: string | null;
  knownSince: IsoDate | null;
  howWeMet: string | null;
  tags: string[];
  photoUrl: string | null;
}

export interface MergeResult<T extends MergeableContact> {
  merged: T;
  /** Whether anything was added; an identical re-import changes nothing and writes nothing. */
  changed: boolean;
}

/**
 * Folds `incoming` into `kept` without overwriting: empty fields are filled, channels that are new
 * (by their comparable key) are appended in order, tags are united. A value the user already has
 * is never replaced by what a file says — the file may be older than the user's knowledge.
 */
export function mergeContact<T extends MergeableContact>(
  kept: T,
  incoming: MergeableContact,
  channelKeyOf: (channel: Channel) => string,
): MergeResult<T> {
  let changed = false;
  const fill = <V>(current: V, candidate: V, isEmpty: (v: V) => boolean): V => {
    if (isEmpty(current) && !isEmpty(candidate)) {
      changed = true;
      return candidate;
    }
    return current;
  };
  const blank = (v: string | null) => v === null || v.trim() === "";
  const known = new Set(kept.channels.map(channelKeyOf));
  const channels = [...kept.channels];
  for (const channel of incoming.channels) {
    const key = channelKeyOf(channel);
    if (known.has(key)) continue;
    known.add(key);
    channels.push(channel);
    changed = true;
  }
  const tags = [...kept.tags];
  const tagSet = new Set(tags.map((t) => t.toLowerCase()));
  for (const tag of incoming.tags) {
    if (tagSet.has(tag.toLowerCase())) continue;
    tagSet.add(tag.toLowerCase());
    tags.push(tag);
    changed = true;
  }
  const merged: T = {
    ...kept,
    firstName: fill(kept.firstName, incoming.firstName, blank),
    lastName: fill(kept.lastName, incoming.lastName, blank),
    companyId: fill(kept.companyId, incoming.companyId, (v) => v === null),
    jobTitle: fill(kept.jobTitle, incoming.jobTitle, blank),
    birthday: fill(kept.birthday, incoming.birthday, (v) => v === null),
    notes: fill(kept.notes, incoming.notes, blank),
    knownSince: fill(kept.knownSince, incoming.knownSince, (v) => v === null),
    howWeMet: fill(kept.howWeMet, incoming.howWeMet, blank),
    photoUrl: fill(kept.photoUrl, incoming.photoUrl, blank),
    channels,
    tags,
  };
  return { merged, changed };
}
