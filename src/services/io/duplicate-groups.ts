import { foldPersonName, groupsOfOnePerson } from "../../core/duplicates/index.ts";
import type { Actor } from "../../core/model/actor.ts";
import { fullName } from "../../core/model/person.ts";
import { findCompanies } from "../../store/companies.ts";
import { type ChannelSharer, listSharedChannels, listSharedNames } from "../../store/duplicate-groups.ts";
import { listEmailKeys } from "../../store/import-lookups.ts";
import type { Db } from "../../store/open-store.ts";
import { findPeople } from "../../store/people.ts";
import type { ServiceContext } from "../context.ts";
import { DUPLICATE_REASONS, type DuplicateReason } from "./likely-duplicates.ts";

export interface DuplicateGroup {
  /** Why these look like one person, strongest first. */
  matchedBy: DuplicateReason[];
  people: Array<{ id: string; name: string; companyName: string | null }>;
}

/** Groups listed at once: a workspace with more has a data-quality job, and merging works down the list. */
export const DUPLICATE_GROUPS_MAX = 50;
/**
 * Shared emails and phones read per group wanted: a company's switchboard, shared by everyone
 * there, is among them and is no group (decision 127).
 */
const CHANNELS_READ_PER_GROUP = 10;

/**
 * The workspace's likely duplicates: people sharing an email or a phone, and contacts with the
 * same name at the same company. A pair found by both is one group with both reasons. Each group
 * links to a person page, whose merge card proposes the others and merges them.
 */
export async function findDuplicateGroups(
  ctx: ServiceContext,
  actor: Actor,
): Promise<{ items: DuplicateGroup[]; more: boolean }> {
  const db = ctx.store.db;
  const ws = actor.workspaceId;
  const channelsRead = (DUPLICATE_GROUPS_MAX + 1) * CHANNELS_READ_PER_GROUP;
  const [channels, names] = await Promise.all([
    listSharedChannels(db, ws, channelsRead),
    listSharedNames(db, ws, DUPLICATE_GROUPS_MAX + 1),
  ]);
  const groups = new Map<string, { personIds: string[]; reasons: Set<DuplicateReason> }>();
  const add = (personIds: string[], reason: DuplicateReason) => {
    const ids = [...personIds].sort();
    const key = ids.join(",");
    const group = groups.get(key) ?? { personIds: ids, reasons: new Set<DuplicateReason>() };
    group.reasons.add(reason);
    groups.set(key, group);
  };
  for (const group of await onePersonGroups(db, channels)) add(group.personIds, group.kind);
  for (const group of names) add(group.personIds, "name");
  const chosen = [...groups.values()].slice(0, DUPLICATE_GROUPS_MAX);

  const people = await findPeople(
    db,
    ws,
    [...new Set(chosen.flatMap((group) => group.personIds))],
    actor.userId,
  );
  const companyIds = [...new Set(people.flatMap((p) => (p.companyId ? [p.companyId] : [])))];
  const companyNames = new Map((await findCompanies(db, ws, companyIds)).map((c) => [c.id, c.name]));
  const byId = new Map(people.map((p) => [p.id, p]));
  const items = chosen
    .map((group) => ({
      matchedBy: DUPLICATE_REASONS.filter((reason) => group.reasons.has(reason)),
      people: group.personIds.flatMap((id) => {
        const person = byId.get(id);
        if (!person) return [];
        const companyName = person.companyId ? (companyNames.get(person.companyId) ?? null) : null;
        return [{ id, name: fullName(person), companyName }];
      }),
    }))
    .filter((group) => group.people.length > 1)
    .sort((a, b) => (a.people[0]?.name ?? "").localeCompare(b.people[0]?.name ?? "", "de"));
  return {
    items,
    more:
      channels.length >= channelsRead ||
      names.length > DUPLICATE_GROUPS_MAX ||
      groups.size > DUPLICATE_GROUPS_MAX,
  };
}

/**
 * The shared emails and phones that may be one person each. A shared email stays one group
 * whatever the names, as on the person page (the user decides: Bob and Robert). A shared phone is
 * split by the rules of decision 127: a family line or a small office's number joins only the
 * people whose names and mailboxes do not speak against each other. A phone has at most
 * PHONE_SHARERS_MAX sharers, so their mailboxes are one small read.
 */
async function onePersonGroups(
  db: Db,
  channels: Array<{ kind: "email" | "phone"; sharers: ChannelSharer[] }>,
): Promise<Array<{ kind: "email" | "phone"; personIds: string[] }>> {
  const phoneSharers = channels.flatMap((group) => (group.kind === "phone" ? group.sharers : []));
  const emails = await listEmailKeys(
    db,
    phoneSharers.map((sharer) => sharer.personId),
  );
  return channels.flatMap((group) => {
    const split =
      group.kind === "email"
        ? [group.sharers]
        : groupsOfOnePerson(group.sharers, (sharer) => ({
            name: foldPersonName(sharer),
            emails: emails.get(sharer.personId) ?? [],
          }));
    return split.map((members) => ({ kind: group.kind, personIds: members.map((m) => m.personId) }));
  });
}
