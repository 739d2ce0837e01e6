import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Channel } from "../model/person.ts";
import { CHANNEL_KINDS } from "../vocabulary.ts";
import { type MergeableContact, mergeContact } from "./merge-contact.ts";

const keyOf = (c: Channel) => `${c.kind}:${c.value.trim().toLowerCase()}`;

function contact(fields: Partial<MergeableContact> = {}): MergeableContact {
  return {
    firstName: "",
    lastName: "",
    companyId: null,
    jobTitle: null,
    channels: [],
    birthday: null,
    notes: null,
    knownSince: null,
    howWeMet: null,
    tags: [],
    photoUrl: null,
    ...fields,
  };
}

describe("mergeContact", () => {
  it("fills empty fields, appends new channels and tags, and never overwrites", () => {
    const kept = contact({
      firstName: "Anna",
      lastName: "Becker",
      jobTitle: "Einkauf",
      channels: [{ kind: "email", label: "work", value: "anna@becker.de" }],
      tags: ["VIP"],
    });
    const incoming = contact({
      firstName: "Annette",
      lastName: "Becker",
      jobTitle: "CEO",
      notes: "Messe Hannover",
      birthday: { day: 3, month: 4, year: null },
      channels: [
        { kind: "email", label: "home", value: "ANNA@becker.de" },
        { kind: "phone", label: "mobile", value: "+49 171 1234567" },
      ],
      tags: ["vip", "Messe"],
    });
    const { merged, changed } = mergeContact(kept, incoming, keyOf);
    expect(changed).toBe(true);
    expect(merged).toEqual({
      ...kept,
      notes: "Messe Hannover",
      birthday: { day: 3, month: 4, year: null },
      channels: [...kept.channels, { kind: "phone", label: "mobile", value: "+49 171 1234567" }],
      tags: ["VIP", "Messe"],
    });
  });

  it("reports no change when the incoming record adds nothing", () => {
    const kept = contact({ firstName: "Jan", notes: "x", tags: ["a"] });
    expect(mergeContact(kept, contact({ firstName: "Jan", tags: ["A"] }), keyOf).changed).toBe(false);
  });

  it("keeps every value of the kept record and loses no channel of either", () => {
    const channel = fc.record({
      kind: fc.constantFrom(...CHANNEL_KINDS),
      label: fc.constantFrom("work" as const, "home" as const),
      value: fc.constantFrom("a", "b", "c", "A"),
    });
    const record = fc.record({
      firstName: fc.constantFrom("", "Anna"),
      lastName: fc.constantFrom("", "Becker"),
      companyId: fc.constantFrom(null, "c1"),
      jobTitle: fc.constantFrom(null, "", "CEO"),
      channels: fc.array(channel, { maxLength: 4 }),
      birthday: fc.constantFrom(null, { day: 1, month: 2, year: null }),
      notes: fc.constantFrom(null, "n"),
      knownSince: fc.constantFrom(null, "2019-03-14", "2021-11-02"),
      howWeMet: fc.constantFrom(null, "", "Messe"),
      tags: fc.array(fc.constantFrom("x", "y", "X"), { maxLength: 3 }),
      photoUrl: fc.constantFrom(null, "https://x.test/p.jpg"),
    });
    fc.assert(
      fc.property(record, record, (kept, incoming) => {
        const { merged } = mergeContact(kept, incoming, keyOf);
        for (const field of ["firstName", "lastName", "jobTitle", "notes", "howWeMet", "photoUrl"] as const) {
          if (kept[field]?.trim()) expect(merged[field]).toBe(kept[field]);
        }
        // A date the user has is kept; an empty one takes the file's.
        expect(merged.knownSince).toBe(kept.knownSince ?? incoming.knownSince);
        if (kept.companyId !== null) expect(merged.companyId).toBe(kept.companyId);
        expect(merged.channels.slice(0, kept.channels.length)).toEqual(kept.channels);
        const keys = new Set(merged.channels.map(keyOf));
        for (const c of incoming.channels) expect(keys.has(keyOf(c))).toBe(true);
      }),
    );
  });
});
