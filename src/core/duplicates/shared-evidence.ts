import { areFormsOfOneName } from "./first-name-forms.ts";
import { type FoldedName, firstNamesCompatible, partsClose } from "./names-match.ts";

// A match between two records rests on one piece of evidence: a shared email or phone, or a close
// name at the same company. These rules ask whether the rest of what the records say speaks
// against it. A wrong merge folds two people into one, with each one's notes, channels and history
// on the other, and nothing splits them again; a missed one leaves two records that the person
// page proposes to merge. So where the evidence conflicts, the records stay apart.

/** What a record says about who it is: its folded name and its email keys (see channelKey). */
export interface Identity {
  name: FoldedName;
  emails: readonly string[];
}

/** Could these two records be one person, as far as their names and their email addresses tell? */
export function mayBeOnePerson(a: Identity, b: Identity): boolean {
  return namesMayBeOnePerson(a.name, b.name) && emailsMayBeOnePerson(a.emails, b.emails);
}

/**
 * Do two names not speak against one person? A company's switchboard, a team's mailbox (info@,
 * einkauf@) or a family's landline is shared by people with different first names. The first
 * names decide where both are known: an address follows a person through a new surname (Anna
 * Becker, now Anna Schulz). Only where a first name is missing do the last names decide. A part
 * missing on either side says nothing, either name may be swapped, and a short form is its name
 * (Tom, Thomas: first-name-forms.ts).
 */
export function namesMayBeOnePerson(a: FoldedName, b: FoldedName): boolean {
  return namesAgree(a, b) || namesAgree(a, swapped(b)) || namesAgree(swapped(a), b);
}

/**
 * Could two records that share only a phone number be one person? A phone is weaker evidence than
 * an address: a company's switchboard is every colleague's business phone, so Anna Becker and Anna
 * Schulz at one company share it, and the first names alone would make them one. Here every part
 * known on both sides must agree (the last names too: equal or one typo apart), and the addresses
 * must not speak against it. A new surname (Anna Becker, now Anna Schulz) therefore does not merge
 * by phone alone; the person page proposes the two (namesMayBeOnePerson), and the user decides.
 */
export function phoneMayBeOnePerson(a: Identity, b: Identity): boolean {
  const names =
    wholeNamesAgree(a.name, b.name) ||
    wholeNamesAgree(a.name, swapped(b.name)) ||
    wholeNamesAgree(swapped(a.name), b.name);
  return names && emailsMayBeOnePerson(a.emails, b.emails);
}

function wholeNamesAgree(a: FoldedName, b: FoldedName): boolean {
  const firsts = a.first === "" || b.first === "" || firstNamesMayBeOne(a.first, b.first);
  return firsts && (a.last === "" || b.last === "" || partsClose(a.last, b.last));
}

function namesAgree(a: FoldedName, b: FoldedName): boolean {
  if (a.first !== "" && b.first !== "") return firstNamesMayBeOne(a.first, b.first);
  if (a.last !== "" && b.last !== "") return partsClose(a.last, b.last);
  return true;
}

/**
 * First names that may be one person's, given a shared address or phone: compatible as a name
 * match compares them (a typo, an initial), or two forms of one name (Tom and Thomas).
 */
function firstNamesMayBeOne(a: string, b: string): boolean {
  return firstNamesCompatible(a, b) || areFormsOfOneName(a, b);
}

function swapped(name: FoldedName): FoldedName {
  return { first: name.last, last: name.first };
}

/**
 * Do two records' email addresses not speak against one person? They do when both have an
 * address at the same domain and none is shared: two mailboxes at one company are two people
 * (m.schmidt@ and michaela.schmidt@). Addresses at different domains (the work address in the
 * CRM, a private one in the phone) say nothing.
 */
export function emailsMayBeOnePerson(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (a.some((address) => b.includes(address))) return true;
  const domains = new Set(a.map(domainOf));
  return !b.some((address) => domains.has(domainOf(address)));
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

/**
 * Splits records that share one email or phone into the groups that may each be one person: a
 * record joins the first group all of whose members it may be (mayBeOnePerson), else starts its
 * own. Groups of one are dropped; order is kept. For the workspace's duplicate list, where a
 * switchboard number is shared by a whole company.
 */
export function groupsOfOnePerson<T>(records: readonly T[], identityOf: (record: T) => Identity): T[][] {
  const groups: Array<{ members: T[]; identities: Identity[] }> = [];
  for (const record of records) {
    const identity = identityOf(record);
    const group = groups.find((g) => g.identities.every((other) => mayBeOnePerson(identity, other)));
    if (group) {
      group.members.push(record);
      group.identities.push(identity);
    } else groups.push({ members: [record], identities: [identity] });
  }
  return groups.filter((g) => g.members.length > 1).map((g) => g.members);
}
