import { Buffer } from "node:buffer";
import { channelKey } from "../../core/duplicates/channel-key.ts";
import {
  type FoldedName,
  foldPersonName,
  mayBeOnePerson,
  type PersonName,
  phoneMayBeOnePerson,
} from "../../core/duplicates/index.ts";
import type { PhoneCountry } from "../../core/duplicates/phone-country.ts";
import type { Channel } from "../../core/model/person.ts";
import { CompanyStaff } from "./import-staff.ts";
import type { MatchedBy, RowRef } from "./import-types.ts";

/** A person a record can be merged into: already in the database, or created by this import. */
export interface MatchTarget {
  id: string;
  /** Written in an earlier batch or existing before the import (false: in the current batch only). */
  stored: boolean;
  /** Created by this import, so a preview has no row to show for it. */
  fromThisImport: boolean;
  /**
   * Where in the file the row that created it is, for the report; null for a person read from the
   * database, and once an import has stored its batch (only a preview keeps it to the end).
   */
  from: RowRef | null;
  /** Who it is, so that a shared switchboard number or team mailbox does not make two people one. */
  name: FoldedName;
  /**
   * The email keys known for it, so that two mailboxes at one company keep two close names apart:
   * all of a stored colleague's, a created row's own and those of the rows merged into it since.
   */
  emails: EmailKeys;
}

/**
 * One email key, several, or none: most people have one address, and an import keeps every target
 * to its end, so a one-element array per contact was memory for nothing.
 */
export type EmailKeys = string | readonly string[] | null;

/** The list form of a target's email keys, to compare. */
export function emailKeyList(emails: EmailKeys): readonly string[] {
  return emails === null ? [] : typeof emails === "string" ? [emails] : emails;
}

/** The compact form of a list of email keys. */
export function compactEmailKeys(emails: readonly string[]): EmailKeys {
  return emails.length === 0 ? null : emails.length === 1 ? emails[0]! : emails;
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
    if (key !== "") keys.push({ kind, key: detached(key) });
  }
  return keys;
}

/**
 * What the import knows about people while it runs: who owns which email and phone, and who works
 * at which company (by folded company name). Covers the database (filled per batch) and every row
 * created so far, so duplicates inside one file are found as well as duplicates of stored people.
 */
export class ImportIndex {
  /**
   * Everyone known to have each email and phone, first owner first. One target or several: most
   * keys have one owner, and a preview keeps every key of the file to its end.
   */
  private readonly channelOwners = {
    email: new Map<string, Owners>(),
    phone: new Map<string, Owners>(),
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

  /** Owners are asked in the order they became known: file order, then the database's oldest first. */
  addChannelOwner({ kind, key }: ChannelMatchKey, target: MatchTarget): void {
    const map = this.channelOwners[kind];
    const owners = map.get(key);
    if (!owners) map.set(key, target);
    else if (!Array.isArray(owners)) {
      if (owners !== target) map.set(key, [owners, target]);
    } else if (!owners.includes(target)) owners.push(target);
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
      const map = this.channelOwners[kind];
      const owners = map.get(key);
      if (owners === target) map.delete(key);
      else if (Array.isArray(owners)) {
        const rest = owners.filter((owner) => owner !== target);
        if (rest.length !== owners.length) map.set(key, rest.length === 1 ? rest[0]! : rest);
      }
    }
  }

  /** Registers everything by which later rows can find this person, and what they say of it. */
  register(target: MatchTarget, keys: MatchKeys): void {
    for (const channel of keys.channels) this.addChannelOwner(channel, target);
    target.emails = withEmailsOf(target.emails, keys);
    if (keys.companySortName) this.addCompanyPerson(keys.companySortName, keys.name, target);
  }

  /**
   * The person this row is, if any: the first owner of its first email or phone, else the first
   * colleague with a matching name, that nothing else the two say speaks against (a shared
   * switchboard number, two mailboxes at one company: src/core/duplicates/shared-evidence.ts). By a
   * phone, the last names must agree as well.
   */
  find(keys: MatchKeys): { target: MatchTarget; matchedBy: MatchedBy } | null {
    const row = { name: keys.name, emails: emailKeys(keys) };
    const identity = (target: MatchTarget) => ({ name: target.name, emails: emailKeyList(target.emails) });
    const accepts = (target: MatchTarget) => mayBeOnePerson(row, identity(target));
    // A shared phone alone is no sign of a new surname: it may be the company's switchboard.
    const acceptsByPhone = (target: MatchTarget) => phoneMayBeOnePerson(row, identity(target));
    for (const { kind, key } of keys.channels) {
      const owners = this.channelOwners[kind].get(key);
      if (!owners) continue;
      const fits = kind === "phone" ? acceptsByPhone : accepts;
      for (const target of Array.isArray(owners) ? owners : [owners]) {
        if (fits(target)) return { target, matchedBy: kind };
      }
    }
    if (!keys.companySortName) return null;
    const colleague = this.companyPeople.get(keys.companySortName)?.find(keys.name, accepts);
    return colleague ? { target: colleague, matchedBy: "name" } : null;
  }
}

type Owners = MatchTarget | MatchTarget[];

/**
 * The same text in a string of its own. A key cut from the file's text (an email already in lower
 * case is the parser's slice of it) keeps that whole piece of the file alive for as long as the key
 * lives, and the index keeps keys to the end of a preview and a target's email keys to the end of
 * an import: ~20 MB of peak memory for 100,000 contacts.
 */
function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

/** The row's email keys, as a target records them. */
export function emailKeys(keys: MatchKeys): string[] {
  const emails: string[] = [];
  for (const channel of keys.channels) if (channel.kind === "email") emails.push(channel.key);
  return emails;
}

/** A target's email keys with the row's new ones, kept for the rest of the import. */
function withEmailsOf(emails: EmailKeys, keys: MatchKeys): EmailKeys {
  return withEmailKeys(emails, emailKeys(keys));
}

/** Email keys with more of them, each once (compact: a list grown by push reserves room for 17). */
export function withEmailKeys(emails: EmailKeys, more: readonly string[]): EmailKeys {
  const known = emailKeyList(emails);
  let added: string[] | null = null;
  for (const key of more) {
    if (known.includes(key) || added?.includes(key)) continue;
    added ??= [];
    added.push(key);
  }
  return added === null ? emails : compactEmailKeys(known.concat(added));
}
