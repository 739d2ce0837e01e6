import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkSensitiveTexts,
  reviewSensitiveTexts,
  SensitiveDataError,
  sensitiveFieldProblems,
} from "./sensitive-review.ts";

describe("checkSensitiveTexts", () => {
  it("refuses a flagged text without a decision, naming field, category and match", () => {
    const attempt = () =>
      checkSensitiveTexts([{ field: "text", kind: "fact", text: "Hatte Brustkrebs" }], undefined);
    expect(attempt).toThrow(SensitiveDataError);
    try {
      attempt();
    } catch (error) {
      const e = error as SensitiveDataError;
      expect(e.findings).toEqual([
        expect.objectContaining({
          field: "text",
          category: "health",
          match: "Brustkrebs",
          start: 6,
          end: 16,
        }),
      ]);
      expect(e.problems).toEqual([
        {
          field: "text",
          code: "sensitive_health",
          message: {
            de: expect.stringContaining("„Brustkrebs“: Gesundheitsdaten"),
            en: expect.stringContaining('"Brustkrebs": Health data'),
          },
        },
      ]);
      expect(e.problems[0]?.message.en).toContain('sensitive: "consented"');
      expect(e.problems[0]?.message.de).toContain('sensitive: "save_anyway"');
    }
  });

  it("passes with either decision and returns the findings to record", () => {
    for (const decision of ["consented", "save_anyway"] as const) {
      const findings = checkSensitiveTexts(
        [{ field: "notes", kind: "person_note", text: "Er ist in der SPD" }],
        decision,
      );
      expect(findings.map((f) => [f.field, f.category, f.match])).toEqual([["notes", "politics", "SPD"]]);
    }
  });

  it("gives stance reasons the advice to write factual, dated incidents", () => {
    const [problem] = sensitiveFieldProblems(
      reviewSensitiveTexts([{ field: "stanceReason", kind: "stance_reason", text: "Ein Idiot" }]),
    );
    expect(problem?.code).toBe("sensitive_insult");
    expect(problem?.message.de).toContain("sachlich und datiert");
    expect(problem?.message.en).toContain("factual, dated incidents");
    const [note] = sensitiveFieldProblems(
      reviewSensitiveTexts([{ field: "notes", kind: "person_note", text: "Ein Idiot" }]),
    );
    expect(note?.message.en).not.toContain("dated incidents");
  });

  it("groups one problem per field and category, listing each matched word once", () => {
    const problems = sensitiveFieldProblems(
      reviewSensitiveTexts([
        { field: "facts.0.text", kind: "fact", text: "krank, krank, Diagnose offen, Kirche" },
        { field: "facts.1.text", kind: "fact", text: "krank" },
      ]),
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ["facts.0.text", "sensitive_health"],
      ["facts.0.text", "sensitive_religion"],
      ["facts.1.text", "sensitive_health"],
    ]);
    expect(problems[0]?.message.en.startsWith('"krank", "Diagnose":')).toBe(true);
  });

  it("ignores missing texts", () => {
    expect(checkSensitiveTexts([{ field: "notes", kind: "person_note", text: null }], undefined)).toEqual([]);
  });

  it("property: text without findings never throws, whatever the decision", () => {
    const words = fc.constantFrom(
      "Angebot",
      "Golf",
      "Tochter",
      "Mia",
      "Lizenzen",
      "Juni",
      " ",
      ".",
      "Segeln",
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 20 }),
        fc.constantFrom(undefined, "consented" as const, "save_anyway" as const),
        (parts, decision) => {
          expect(
            checkSensitiveTexts([{ field: "text", kind: "fact", text: parts.join(" ") }], decision),
          ).toEqual([]);
        },
      ),
    );
  });
});
