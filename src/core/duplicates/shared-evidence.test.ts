import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { channelKey } from "./channel-key.ts";
import { foldedNamesMatch, foldPersonName } from "./names-match.ts";
import {
  emailsMayBeOnePerson,
  groupsOfOnePerson,
  mayBeOnePerson,
  namesMayBeOnePerson,
  phoneMayBeOnePerson,
} from "./shared-evidence.ts";

const n = (firstName: string, lastName: string) => foldPersonName({ firstName, lastName });
const emails = (...values: string[]) => values.map((v) => channelKey("email", v, "DE"));
const part = fc.string({ unit: fc.constantFrom("a", "n", "e", "m", "r", "."), maxLength: 6 });
const folded = fc.record({ firstName: part, lastName: part }).map(foldPersonName);

describe("namesMayBeOnePerson", () => {
  it("keeps people apart who share a switchboard, a team mailbox or a family landline", () => {
    expect(namesMayBeOnePerson(n("Anna", "Becker"), n("Bernd", "Vogel"))).toBe(false);
    expect(namesMayBeOnePerson(n("Anna", "Becker"), n("Bernd", "Becker"))).toBe(false);
    expect(namesMayBeOnePerson(n("Bernd", ""), n("Anna", "Becker"))).toBe(false);
  });

  it("joins the same person written differently, or under a new surname", () => {
    expect(namesMayBeOnePerson(n("Jürgen", "Müller"), n("Juergen", "Mueller"))).toBe(true);
    expect(namesMayBeOnePerson(n("A.", "Becker"), n("Anna", "Becker"))).toBe(true);
    expect(namesMayBeOnePerson(n("Becker", "Anna"), n("Anna", "Becker"))).toBe(true);
    expect(namesMayBeOnePerson(n("Jakob", "Gruber"), n("Jakob", "Gruber-Huber"))).toBe(true);
    expect(namesMayBeOnePerson(n("Anna", "Becker"), n("Anna", "Schulz"))).toBe(true);
    expect(namesMayBeOnePerson(n("Tom", "Becker"), n("Thomas", "Becker"))).toBe(true);
    expect(namesMayBeOnePerson(n("Sepp", "Huber"), n("Josef", "Huber"))).toBe(true);
  });

  it("lets a part missing on one side say nothing: the phone book's first-name-only entry", () => {
    expect(namesMayBeOnePerson(n("Anna", ""), n("Anna", "Becker"))).toBe(true);
    expect(namesMayBeOnePerson(n("", "Becker"), n("Anna", "Becker"))).toBe(true);
    expect(namesMayBeOnePerson(n("", ""), n("Anna", "Becker"))).toBe(true);
    expect(namesMayBeOnePerson(n("", "Becker"), n("Anna", "Schulz"))).toBe(false);
  });

  it("is symmetric, always agrees with itself, and never refuses names that match", () => {
    fc.assert(
      fc.property(folded, folded, (a, b) => {
        expect(namesMayBeOnePerson(a, b)).toBe(namesMayBeOnePerson(b, a));
        expect(namesMayBeOnePerson(a, a)).toBe(true);
        if (foldedNamesMatch(a, b)) expect(namesMayBeOnePerson(a, b)).toBe(true);
      }),
    );
  });
});

describe("emailsMayBeOnePerson", () => {
  it("keeps two mailboxes at one domain apart: Michael and Michaela Schmidt", () => {
    expect(emailsMayBeOnePerson(emails("m.schmidt@acme.de"), emails("michaela.schmidt@acme.de"))).toBe(false);
  });

  it("joins on a shared address, whatever else each one has", () => {
    expect(
      emailsMayBeOnePerson(emails("M.Schmidt@ACME.de", "schmidt@acme.de"), emails("m.schmidt@acme.de")),
    ).toBe(true);
  });

  it("lets addresses at different domains, or none on one side, say nothing", () => {
    expect(emailsMayBeOnePerson(emails("m.schmidt@acme.de"), emails("michael.s@gmail.com"))).toBe(true);
    expect(emailsMayBeOnePerson([], emails("m.schmidt@acme.de"))).toBe(true);
    expect(emailsMayBeOnePerson([], [])).toBe(true);
  });

  it("is symmetric", () => {
    const address = fc
      .tuple(fc.constantFrom("a", "b", "c"), fc.constantFrom("x.de", "y.com"))
      .map(([local, domain]) => `${local}@${domain}`);
    const list = fc.array(address, { maxLength: 3 });
    fc.assert(
      fc.property(list, list, (a, b) => {
        expect(emailsMayBeOnePerson(a, b)).toBe(emailsMayBeOnePerson(b, a));
      }),
    );
  });
});

describe("mayBeOnePerson", () => {
  it("needs both the names and the addresses not to speak against it", () => {
    const michael = { name: n("Michael", "Schmidt"), emails: emails("m.schmidt@acme.de") };
    const michaela = { name: n("Michaela", "Schmidt"), emails: emails("michaela.schmidt@acme.de") };
    // Close first names and one switchboard, but two mailboxes: two people.
    expect(mayBeOnePerson(michael, michaela)).toBe(false);
    expect(mayBeOnePerson(michael, { ...michaela, emails: [] })).toBe(true);
    expect(mayBeOnePerson(michael, { name: n("Bernd", "Vogel"), emails: [] })).toBe(false);
  });
});

describe("phoneMayBeOnePerson", () => {
  const only = (name: ReturnType<typeof n>) => ({ name, emails: [] });

  it("keeps two Annas apart who share only the switchboard", () => {
    expect(phoneMayBeOnePerson(only(n("Anna", "Becker")), only(n("Anna", "Schulz")))).toBe(false);
    expect(phoneMayBeOnePerson(only(n("Anna", "Becker")), only(n("Bernd", "Becker")))).toBe(false);
    expect(phoneMayBeOnePerson(only(n("", "Becker")), only(n("Anna", "Schulz")))).toBe(false);
    // Perhaps a double name taken at a wedding, perhaps another Jakob: proposed, not merged.
    expect(phoneMayBeOnePerson(only(n("Jakob", "Gruber")), only(n("Jakob", "Gruber-Huber")))).toBe(false);
  });

  it("joins the same person written differently, or with a part missing on one side", () => {
    expect(phoneMayBeOnePerson(only(n("Jürgen", "Müller")), only(n("Juergen", "Mueller")))).toBe(true);
    expect(phoneMayBeOnePerson(only(n("A.", "Becker")), only(n("Anna", "Becker")))).toBe(true);
    expect(phoneMayBeOnePerson(only(n("Becker", "Anna")), only(n("Anna", "Becker")))).toBe(true);
    expect(phoneMayBeOnePerson(only(n("Anna", "")), only(n("Anna", "Becker")))).toBe(true);
    expect(phoneMayBeOnePerson(only(n("", "")), only(n("Anna", "Becker")))).toBe(true);
    expect(phoneMayBeOnePerson(only(n("Tom", "Becker")), only(n("Thomas", "Becker")))).toBe(true);
    expect(phoneMayBeOnePerson(only(n("Tom", "Becker")), only(n("Thomas", "Schulz")))).toBe(false);
  });

  it("lets two mailboxes at one domain speak against it, as for any match", () => {
    const michael = { name: n("Michael", "Schmidt"), emails: emails("m.schmidt@acme.de") };
    expect(phoneMayBeOnePerson(michael, { ...michael, emails: emails("michael.schmidt@acme.de") })).toBe(
      false,
    );
  });

  it("is symmetric, stricter than names alone, and never refuses names that match", () => {
    fc.assert(
      fc.property(folded, folded, (a, b) => {
        const phone = phoneMayBeOnePerson(only(a), only(b));
        expect(phone).toBe(phoneMayBeOnePerson(only(b), only(a)));
        expect(phoneMayBeOnePerson(only(a), only(a))).toBe(true);
        if (phone) expect(namesMayBeOnePerson(a, b)).toBe(true);
        if (foldedNamesMatch(a, b)) expect(phone).toBe(true);
      }),
    );
  });
});

describe("groupsOfOnePerson", () => {
  it("splits a switchboard's sharers into the groups that may each be one person", () => {
    const sharers = [
      { id: 1, name: n("Anna", "Becker"), emails: [] },
      { id: 2, name: n("Bernd", "Vogel"), emails: [] },
      { id: 3, name: n("A.", "Becker"), emails: [] },
      { id: 4, name: n("Michael", "Schmidt"), emails: emails("m.schmidt@acme.de") },
      { id: 5, name: n("Michaela", "Schmidt"), emails: emails("michaela.schmidt@acme.de") },
      { id: 6, name: n("Anna", "Becker"), emails: emails("anna@example.org") },
    ];
    expect(groupsOfOnePerson(sharers, (s) => s).map((g) => g.map((s) => s.id))).toEqual([[1, 3, 6]]);
  });

  it("puts every record in at most one group, each member agreeing with every other", () => {
    fc.assert(
      fc.property(fc.array(folded, { maxLength: 8 }), (names) => {
        const records = names.map((name, id) => ({ id, name, emails: [] as string[] }));
        const groups = groupsOfOnePerson(records, (r) => r);
        const ids = groups.flat().map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const group of groups) {
          expect(group.length).toBeGreaterThan(1);
          for (const a of group) for (const b of group) expect(mayBeOnePerson(a, b)).toBe(true);
        }
      }),
    );
  });
});
