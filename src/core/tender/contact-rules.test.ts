import { describe, expect, it } from "vitest";
import { contactRules, projectInvolvementWarning } from "./contact-rules.ts";
import { TENDER_PHASES } from "./phase.ts";
import { PROCEDURE_TYPES } from "./procedure.ts";

const flags = (r: ReturnType<typeof contactRules>) => [
  r.personalContactAllowed,
  r.giftsAllowed,
  r.negotiationAllowed,
  r.questionsOnlyOfficialChannel,
];

describe("contactRules", () => {
  it("public buyer before publication: talk yes, gifts no, nothing to negotiate, ask directly", () => {
    expect(flags(contactRules("before_publication", "open"))).toEqual([true, false, false, false]);
  });

  it("§ 97 Abs. 2 GWB and § 15 Abs. 5 VgV: open procedure running — no contact, no negotiation, official channel", () => {
    const rules = contactRules("procedure_running", "open");
    expect(flags(rules)).toEqual([false, false, false, true]);
    expect(rules.explanations.negotiation.de).toContain("§ 15 Abs. 5, § 16 Abs. 9 VgV");
    expect(rules.explanations.questions.de).toContain("§ 9 VgV");
  });

  it("§ 17 VgV: the negotiated procedure negotiates, but only within the procedure", () => {
    const rules = contactRules("procedure_running", "negotiated");
    expect(flags(rules)).toEqual([false, false, true, true]);
    expect(rules.explanations.negotiation.en).toContain("only within the procedure");
  });

  it("below the threshold the official channel is the one named in the notice (no § 9 VgV)", () => {
    const rules = contactRules("procedure_running", "below_threshold_uvgo");
    expect(rules.questionsOnlyOfficialChannel).toBe(true);
    expect(rules.explanations.questions.de).not.toContain("VgV");
  });

  it("standstill: everything runs through the official channel", () => {
    expect(flags(contactRules("standstill_award", "restricted"))).toEqual([false, false, false, true]);
  });

  it("§§ 331, 333 StGB: gifts to a public buyer stay off even after the award", () => {
    expect(flags(contactRules("closed", "open"))).toEqual([true, false, false, false]);
  });

  it("§ 299 StGB: a private buyer allows contact and negotiation, but no gifts while the award is pending", () => {
    expect(flags(contactRules("procedure_running", "private_tender"))).toEqual([true, false, true, false]);
    expect(flags(contactRules("before_publication", "private_tender"))).toEqual([true, true, true, false]);
    expect(flags(contactRules("closed", "private_tender"))).toEqual([true, true, true, false]);
  });

  it("explains every rule in both languages for every phase and procedure", () => {
    for (const phase of TENDER_PHASES) {
      for (const procedure of PROCEDURE_TYPES) {
        for (const text of Object.values(contactRules(phase, procedure).explanations)) {
          expect(text.de.length).toBeGreaterThan(10);
          expect(text.en.length).toBeGreaterThan(10);
        }
      }
    }
  });
});

describe("projectInvolvementWarning", () => {
  it("§ 7 VgV: warns a public-tender bidder who helps write the specification", () => {
    const warning = projectInvolvementWarning(true, "open");
    expect(warning?.de).toContain("Projektantenstellung (§ 7 VgV)");
    expect(warning?.en).toContain("may exclude you");
  });

  it("stays silent when the user does not help write it", () => {
    expect(projectInvolvementWarning(false, "open")).toBeNull();
  });

  it("gives a softer note for private tenders", () => {
    expect(projectInvolvementWarning(true, "private_tender")?.de).not.toContain("§");
  });
});
