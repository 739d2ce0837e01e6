import { channelKey } from "../../core/duplicates/channel-key.ts";
import { type FoldedName, foldPersonName, type PersonName } from "../../core/duplicates/index.ts";
import type { PhoneCountry } from "../../core/duplicates/phone-country.ts";
import type { Channel } from "../../core/model/person.ts";
import { CompanyStaff } from "./import-staff.ts";
import type { MatchedBy } from "./import-types.ts";

/** A person a record can be merged into: already in the database, or created by this import. */
export interface MatchTarget {
  id: string;
  /** Written in an earlier batch or existing before the import (false: in the current batch only). */
  stored: boolean;
  /** Created by this import, so a preview has no row to show for it. */
  fromThisImport: boolean;
}

/** An email or phone as the index compares it: its kind and its comparable value (channelKey). */
export interface ChannelMatchKey {
  kind: "email" | "phone";
  key: string;
}

/**
 * What a row can be found by, worked out once per row: the lookup, the match, the registration
 * and the forgetting all use the same keys. Computing them at each step folded every name twice
 * and keyed every channel up to six times in a 100,000-row import.
 */
export interface MatchKeys {
  /** The row's emails and phones, in its own order: the first one known decides the match. */
  channels: ChannelMatchKey[];
  name: FoldedName;
  /** The folded company name, or null for a row without a company. */
  companySortName: string | null;
}

export function matchKeysOf(
  contact: PersonName & { channels: Channel[]; organisation: { sortName: string } | null },
  phoneCountry: PhoneCountry,
): MatchKeys {
  return {
    channels: channelMatchKeys(contact.channels, phoneCountry),
    name: foldPersonName(contact),
    companySortName: contact.organisation?.sortName ?? null,
  };
}

/** The emails and phones among these channels; other kinds and values without a key are not matched. */
export function channelMatchKeys(channels: Channel[], phoneCountry: PhoneCountry): ChannelMatchKey[] {
  const keys: ChannelMatchKey[] = [];
  for (const { kind, value } of channels) {
    if (kind !== "email" && kind !== "phone") continue;
    const key = channelKey(kind, value, phoneCountry);
    if (key !== "") keys.push({ kind, key });
  }
  return keys;
}

/**
 * What the import knows about people while it runs: who owns which email and phone, and who works
 * at which company (by folded company name). Covers the database (filled per batch) and every row
 * created so far, so duplicates inside one file are found as well as duplicates of stored people.
 */
export class ImportIndex {
  private readonly channelOwners = {
    email: new Map<string, MatchTarget>(),
    phone: new Map<string, MatchTarget>(),
  };
  private readonly companyPeople = new Map<string, CompanyStaff<MatchTarget>>();
  private registered = 0;
  private readonly loadedCompanies = new Set<string>();

  hasChannel({ kind, key }: ChannelMatchKey): boolean {
    return this.channelOwners[kind].has(key);
  }

  isCompanyLoaded(sortName: string): boolean {
    return this.loadedCompanies.has(sortName);
  }

  markCompanyLoaded(sortName: string): void {
    this.loadedCompanies.add(sortName);
  }

  /** The first owner of a channel stays its owner: file order, then the database's oldest first. */
  addChannelOwner({ kind, key }: ChannelMatchKey, target: MatchTarget): void {
    const owners = this.channelOwners[kind];
    if (!owners.has(key)) owners.set(key, target);
  }

  addCompanyPerson(sortName: string, name: FoldedName, target: MatchTarget): void {
    let staff = this.companyPeople.get(sortName);
    if (!staff) {
      staff = new CompanyStaff<MatchTarget>();
      this.companyPeople.set(sortName, staff);
    }
    this.registered += 1;
    staff.add(name, target, this.registered);
  }

  /**
   * Forgets the emails and phones of a person now stored: the per-batch lookup finds them in the
   * database, so a real import's memory does not grow with every row it writes.
   */
  forgetChannels(target: MatchTarget, channels: ChannelMatchKey[]): void {
    for (const { kind, key } of channels) {
      const owners = this.channelOwners[kind];
      if (owners.get(key) === target) owners.delete(key);
    }
  }

  /** Registers everything by which later rows can find this person. */
  register(target: MatchTarget, keys: MatchKeys): void {
    for (const channel of keys.channels) this.addChannelOwner(channel, target);
    if (keys.companySortName) this.addCompanyPerson(keys.companySortName, keys.name, target);
  }

  find(keys: MatchKeys): { target: MatchTarget; matchedBy: MatchedBy } | null {
    for (const { kind, key } of keys.channels) {
      const target = this.channelOwners[kind].get(key);
      if (target) return { target, matchedBy: kind };
    }
    if (!keys.companySortName) return null;
    const colleague = this.companyPeople.get(keys.companySortName)?.find(keys.name);
    return colleague ? { target: colleague, matchedBy: "name" } : null;
  }
}
