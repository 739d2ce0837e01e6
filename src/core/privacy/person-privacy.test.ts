import { describe, expect, it } from "vitest";
import {
  channelAllowed,
  defaultPersonPrivacy,
  greetingsAllowed,
  isThirdPartySource,
  legalBasisProblems,
} from "./person-privacy.ts";

describe("person privacy rules", () => {
  const base = defaultPersonPrivacy("p1");

  it("legitimate interest needs a balancing note; consent needs its day and scope; contract needs nothing", () => {
    expect(legalBasisProblems({ ...base, legalBasis: "contract" })).toEqual([]);
    expect(legalBasisProblems({ ...base, legalBasis: "legitimate_interest" }).map((p) => p.field)).toEqual([
      "balancingNote",
    ]);
    expect(
      legalBasisProblems({
        ...base,
        legalBasis: "legitimate_interest",
        balancingNote: "Bestandskunde seit 2019",
      }),
    ).toEqual([]);
    expect(legalBasisProblems({ ...base, legalBasis: "consent" }).map((p) => p.field)).toEqual([
      "consentOn",
      "consentScope",
    ]);
    expect(
      legalBasisProblems({
        ...base,
        legalBasis: "consent",
        consentOn: "2026-11-01",
        consentScope: "Geburtstagsgrüße",
      }),
    ).toEqual([]);
    expect(legalBasisProblems({ ...base, legalBasis: "consent" })[0]?.message.de).toContain("Art. 7");
  });

  it("an opt-out closes its channel; an objection closes every channel at once", () => {
    const greetingsOff = { ...base, optOut: { ...base.optOut, greetings: true } };
    expect(greetingsAllowed(base)).toBe(true);
    expect(greetingsAllowed(greetingsOff)).toBe(false);
    expect(channelAllowed(greetingsOff, "email")).toBe(true);
    const objected = { ...base, objectedOn: "2026-11-20" };
    for (const channel of ["email", "phone", "post", "greetings"] as const)
      expect(channelAllowed(objected, channel)).toBe(false);
  });

  it("only data from the person themselves is not a third-party source", () => {
    expect(isThirdPartySource("direct")).toBe(false);
    for (const source of ["business_card", "import", "colleague", "other"] as const)
      expect(isThirdPartySource(source)).toBe(true);
  });
});
