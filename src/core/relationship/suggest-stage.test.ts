import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STAGES } from "../vocabulary.ts";
import { summariseInteractions } from "./signals.ts";
import { assessStage, suggestStage } from "./suggest-stage.ts";
import {
  buildPersonFields,
  buildSignals,
  looseSignalsArbitrary,
  NOW,
  repeatInteractions,
  signalsArbitrary,
} from "./test-support.ts";

function weeklyDuCustomer(overrides: Parameters<typeof buildPersonFields>[0] = {}) {
  const person = buildPersonFields({
    stage: "trust",
    addressForm: "du",
    addressFormSince: "2024-05-10",
    addressFormOfferedBy: "them",
    knownSince: "2023-11-20",
    ...overrides,
  });
  const rows = repeatInteractions(156, 7, "2026-11-23", (i) => ({
    kind: i % 4 === 0 ? "meal" : "meeting",
    initiatedBy: i % 5 < 2 ? "them" : "me",
    personal: i % 5 < 3,
    trust: 4,
    resistance: 2,
  }));
  return summariseInteractions(person, rows, 9, NOW);
}

describe("suggestStage: rules", () => {
  it("never suggests a stage-up for keep_professional or caution contacts", () => {
    fc.assert(
      fc.property(
        fc.oneof(signalsArbitrary, looseSignalsArbitrary),
        fc.constantFrom("keep_professional" as const, "caution" as const),
        (signals, stance) => {
          expect(suggestStage({ ...signals, stance }, NOW)).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
    expect(suggestStage(weeklyDuCustomer({ stance: "caution" }), NOW)).toBeNull();
  });

  it("only ever suggests a higher stage than the current one, always with reasons", () => {
    fc.assert(
      fc.property(fc.oneof(signalsArbitrary, looseSignalsArbitrary), (signals) => {
        const suggestion = suggestStage(signals, NOW);
        if (suggestion === null) return;
        expect(STAGES.indexOf(suggestion.stage)).toBeGreaterThan(STAGES.indexOf(signals.stage));
        expect(suggestion.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe("suggestStage: salesperson cases", () => {
  it("a customer you met weekly for three years who offered the Du is suggested as friendship", () => {
    const suggestion = suggestStage(weeklyDuCustomer(), NOW);
    expect(suggestion?.stage).toBe("friendship");
    expect(suggestion?.reasons[0]).toEqual({
      de: "Per Du seit Mai 2024, vom Kontakt angeboten",
      en: "On first-name terms (Du) since May 2024, offered by them",
    });
  });

  it("the same customer still on Sie is suggested trust, not friendship: the Du comes from them", () => {
    const signals = { ...weeklyDuCustomer({ stage: "acquaintance" }), addressForm: "sie" as const };
    expect(suggestStage(signals, NOW)?.stage).toBe("trust");
  });

  it("someone you have only exchanged two business emails with is not suggested anything", () => {
    const signals = buildSignals({ interactionCount: 2, countLast365Days: 2, lastInteractionAt: NOW });
    expect(suggestStage(signals, NOW)).toBeNull();
    expect(assessStage(signals, NOW).stage).toBe("business_contact");
  });

  it("three conversations, one of them personal, make an acquaintance (rapport)", () => {
    const person = buildPersonFields();
    const rows = repeatInteractions(3, 20, "2026-11-10", (i) => ({ personal: i === 1 }));
    const suggestion = suggestStage(summariseInteractions(person, rows, 0, NOW), NOW);
    expect(suggestion?.stage).toBe("acquaintance");
    expect(suggestion?.reasons.map((r) => r.de)).toEqual([
      "3 Begegnungen erfasst",
      "1 Gespräch mit persönlichen Themen",
    ]);
  });

  it("a warm contact with high resistance in recent talks is not suggested trust; with low resistance they are", () => {
    const person = buildPersonFields({ stage: "acquaintance", knownSince: "2025-01-01" });
    const talks = (resistance: 2 | 4) =>
      repeatInteractions(20, 14, "2026-11-20", (i) => ({
        personal: i % 2 === 0,
        initiatedBy: i % 2 === 0 ? "them" : "me",
        trust: 4,
        resistance,
      }));
    expect(suggestStage(summariseInteractions(person, talks(4), 6, NOW), NOW)).toBeNull();
    expect(suggestStage(summariseInteractions(person, talks(2), 6, NOW), NOW)?.stage).toBe("trust");
  });

  it("a friend does not get a stage suggestion: there is nothing above friendship", () => {
    expect(suggestStage(weeklyDuCustomer({ stage: "friendship" }), NOW)).toBeNull();
  });
});
