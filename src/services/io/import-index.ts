import { foldPersonName, type PersonName } from "../../core/duplicates/index.ts";
import type { Channel } from "../../core/model/person.ts";
import { channelKey } from "../../store/people.ts";
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

/**
 * What the import knows about people while it runs: who owns which email and phone, and who works
 * at which company (by folded company name). Covers the database (filled per batch) and every row
 * created so far, so duplicates inside one file are found as well as duplicates of stored people.
 */
export class ImportIndex {
  private readonly channelOwners = new Map<string, MatchTarget>();
  private readonly companyPeople = new Map<string, CompanyStaff<MatchTarget>>();
  private registered = 0;
  private readonly loadedCompanies = new Set<string>();

  static channelIndexKey(channel: Pick<Channel, "kind" | "value">): string | null {
    if (channel.kind !== "email" && channel.kind !== "phone") return null;
    const key = channelKey(channel.kind, channel.value);
    return key === "" ? null : `${channel.kind}:${key}`;
  }

  hasChannel(indexKey: string): boolean {
    return this.channelOwners.has(indexKey);
  }

  isCompanyLoaded(sortName: string): boolean {
    return this.loadedCompanies.has(sortName);
  }

  markCompanyLoaded(sortName: string): void {
    this.loadedCompanies.add(sortName);
  }

  addChannelOwner(indexKey: string, target: MatchTarget): void {
    if (!this.channelOwners.has(indexKey)) this.channelOwners.set(indexKey, target);
  }

  addCompanyPerson(sortName: string, name: PersonName, target: MatchTarget): void {
    let staff = this.companyPeople.get(sortName);
    if (!staff) {
      staff = new CompanyStaff<MatchTarget>();
      this.companyPeople.set(sortName, staff);
    }
    this.registered += 1;
    staff.add(foldPersonName(name), target, this.registered);
  }

  /**
   * Forgets the emails and phones of a person now stored: the per-batch lookup finds them in the
   * database, so a real import's memory does not grow with every row it writes.
   */
  forgetChannels(target: MatchTarget, channels: Channel[]): void {
    for (const channel of channels) {
      const key = ImportIndex.channelIndexKey(channel);
      if (key && this.channelOwners.get(key) === target) this.channelOwners.delete(key);
    }
  }

  /** Registers everything by which later rows can find this person. */
  register(
    target: MatchTarget,
    contact: { channels: Channel[]; companySortName: string | null } & PersonName,
  ) {
    for (const channel of contact.channels) {
      const key = ImportIndex.channelIndexKey(channel);
      if (key) this.addChannelOwner(key, target);
    }
    if (contact.companySortName) this.addCompanyPerson(contact.companySortName, contact, target);
  }

  find(contact: {
    channels: Channel[];
    companySortName: string | null;
    firstName: string;
    lastName: string;
  }): { target: MatchTarget; matchedBy: MatchedBy } | null {
    for (const channel of contact.channels) {
      const key = ImportIndex.channelIndexKey(channel);
      const target = key ? this.channelOwners.get(key) : undefined;
      if (target) return { target, matchedBy: channel.kind === "email" ? "email" : "phone" };
    }
    if (!contact.companySortName) return null;
    const colleague = this.companyPeople.get(contact.companySortName)?.find(foldPersonName(contact));
    return colleague ? { target: colleague, matchedBy: "name" } : null;
  }
}
