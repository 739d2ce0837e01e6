import { channelKey } from "../../core/duplicates/channel-key.ts";
import { foldPersonName, namesMatch } from "../../core/duplicates/names-match.ts";
import { emailsMayBeOnePerson, namesMayBeOnePerson } from "../../core/duplicates/shared-evidence.ts";
import type { Actor } from "../../core/model/actor.ts";
import type { Person } from "../../core/model/person.ts";
import { sortKey } from "../../core/search-terms.ts";
import { findCompanies } from "../../store/companies.ts";
import { findContactsBySortName } from "../../store/duplicate-lookups.ts";
import { findChannelOwners, listContactNamesOfCompanies } from "../../store/import-lookups.ts";
import { findPeople } from "../../store/people.ts";
import type { ServiceContext } from "../context.ts";
import { getPerson } from "../people.ts";
import { settingsIn } from "../workspace-settings.ts";

export const DUPLICATE_REASONS = ["email", "phone", "name"] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export interface LikelyDuplicate {
  person: Person;
  companyName: string | null;
  /** Why it looks like the same person, strongest first. */
  matchedBy: DuplicateReason[];
}

/** A person page offers at most this many; more would be a data-quality job, not a suggestion. */
export const LIKELY_DUPLICATES_MAX = 10;
/** Candidates read in full, so that the ones a mailbox speaks against can leave the ten. */
const LOADED_MAX = 3 * LIKELY_DUPLICATES_MAX;

/**
 * Other records that may be this person, by the rules and the lookups an import matches with: the
 * same email or phone, or a close name at the same company (Meier / Maier, "A." / Anna). Beyond the import, the
 * exact same name counts when one of the two has no company — the contact typed in quickly before
 * the card arrived. Namesakes at two different companies are left alone. As in an import, a shared
 * phone with a name that speaks against it (the company's switchboard) and a close name with
 * another mailbox at the same domain (Michael and Michaela) are not proposed; a shared email is,
 * whatever the names: the user decides, and a nickname (Bob, Robert) is a case for the card.
 */
export async function findLikelyDuplicates(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
): Promise<LikelyDuplicate[]> {
  const person = await getPerson(ctx, actor, personId);
  const db = ctx.store.db;
  const ws = actor.workspaceId;
  const reasons = new Map<string, Set<DuplicateReason>>();
  const note = (id: string, reason: DuplicateReason) => {
    if (id === person.id) return;
    const found = reasons.get(id) ?? new Set<DuplicateReason>();
    found.add(reason);
    reasons.set(id, found);
  };

  const { phoneCountry } = await settingsIn(db, ws);
  const emailKeysOf = (other: Person) =>
    other.channels.filter((c) => c.kind === "email").map((c) => channelKey("email", c.value, phoneCountry));
  const self = { name: foldPersonName(person), emails: emailKeysOf(person) };
  for (const kind of ["email", "phone"] as const) {
    const keys = [
      ...new Set(
        person.channels.filter((c) => c.kind === kind).map((c) => channelKey(kind, c.value, phoneCountry)),
      ),
    ].filter((key) => key !== "");
    if (keys.length === 0) continue;
    for (const owner of await findChannelOwners(db, ws, kind, keys)) {
      if (kind === "email" || namesMayBeOnePerson(self.name, foldPersonName(owner)))
        note(owner.personId, kind);
    }
  }
  // The company by its folded name, as an import compares: a company entered twice is one company.
  const [company] = person.companyId ? await findCompanies(db, ws, [person.companyId]) : [];
  if (company) {
    for (const colleague of await listContactNamesOfCompanies(db, ws, [sortKey(company.name)])) {
      if (namesMatch(person, colleague) && emailsMayBeOnePerson(self.emails, colleague.emails)) {
        note(colleague.id, "name");
      }
    }
  }
  const fullName = sortKey(person.lastName, person.firstName);
  if (fullName !== "") {
    for (const namesake of await findContactsBySortName(db, ws, fullName, LIKELY_DUPLICATES_MAX + 1)) {
      if (!person.companyId || !namesake.companyId) note(namesake.id, "name");
    }
  }

  const ranked = [...reasons]
    .map(([id, found]) => ({ id, matchedBy: DUPLICATE_REASONS.filter((reason) => found.has(reason)) }))
    .sort((a, b) => strength(b.matchedBy) - strength(a.matchedBy) || (a.id < b.id ? -1 : 1))
    .slice(0, LOADED_MAX);
  const loaded = await findPeople(
    db,
    ws,
    ranked.map((r) => r.id),
    actor.userId,
  );
  // A phone's owner and a namesake are checked against this person's mailboxes once loaded.
  const people = loaded.filter(
    (other) => reasons.get(other.id)?.has("email") || emailsMayBeOnePerson(self.emails, emailKeysOf(other)),
  );
  const companyIds = [...new Set(people.flatMap((p) => (p.companyId ? [p.companyId] : [])))];
  const companyNames = new Map((await findCompanies(db, ws, companyIds)).map((c) => [c.id, c.name]));
  const byId = new Map(people.map((p) => [p.id, p]));
  return ranked
    .flatMap(({ id, matchedBy }) => {
      const found = byId.get(id);
      if (!found) return [];
      return [
        {
          person: found,
          companyName: found.companyId ? (companyNames.get(found.companyId) ?? null) : null,
          matchedBy,
        },
      ];
    })
    .slice(0, LIKELY_DUPLICATES_MAX);
}

/** A shared email or phone outweighs a name; two signals outweigh one. */
function strength(matchedBy: DuplicateReason[]): number {
  return matchedBy.reduce((sum, reason) => sum + (reason === "name" ? 1 : 2), 0);
}
