import { describe, expect, it } from "vitest";
import { informationLetter } from "./information-letter.ts";

const controller = {
  controllerName: "Becker Vertrieb GmbH",
  controllerAddress: "Hauptstr. 1, 89073 Ulm",
  controllerContact: "datenschutz@becker.example",
  dpoContact: null,
};

describe("informationLetter (Art. 14 GDPR)", () => {
  const input = {
    person: { firstName: "Eva", lastName: "Roth", addressForm: "sie" as const },
    controller,
    source: "business_card" as const,
    legalBasis: "legitimate_interest" as const,
    purpose: null,
    balancingNote: "Anbahnung einer Geschäftsbeziehung nach der Messe",
    retentionMonths: 24,
    today: "2026-11-27",
  };

  it("names the right to object first and separately, in German and English", () => {
    const { body } = informationLetter(input);
    expect(body.de.indexOf("IHR WIDERSPRUCHSRECHT (Art. 21 DSGVO)")).toBeGreaterThan(0);
    expect(body.de.indexOf("WIDERSPRUCHSRECHT")).toBeLessThan(body.de.indexOf("Verantwortlich:"));
    expect(body.en).toContain("YOUR RIGHT TO OBJECT (Art. 21 GDPR)");
    expect(body.en.indexOf("RIGHT TO OBJECT")).toBeLessThan(body.en.indexOf("Controller:"));
  });

  it("states controller, source, legal basis with the balancing of interests, storage period and rights", () => {
    const { subject, body } = informationLetter(input);
    expect(subject.de).toBe("Information über die Verarbeitung Ihrer Daten (Art. 14 DSGVO)");
    expect(body.de).toContain("Guten Tag Eva Roth,");
    expect(body.de).toContain("Becker Vertrieb GmbH, Hauptstr. 1, 89073 Ulm, datenschutz@becker.example");
    expect(body.de).toContain("über: Visitenkarte");
    expect(body.de).toContain("Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)");
    expect(body.de).toContain("Anbahnung einer Geschäftsbeziehung nach der Messe");
    expect(body.de).toContain("24 Monate nach dem letzten Kontakt");
    expect(body.de).toContain("Auskunft (Art. 15)");
    expect(body.de).toContain("Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 77)");
    expect(body.en).toContain("through: business card");
    expect(body.en).toContain("No data protection officer is appointed.");
  });

  it("follows the Anrede: Du in German; consent adds the right to withdraw it", () => {
    const { subject, body } = informationLetter({
      ...input,
      person: { ...input.person, addressForm: "du" },
      legalBasis: "consent",
    });
    expect(subject.de).toContain("deiner Daten");
    expect(body.de).toContain("Hallo Eva,");
    expect(body.de).toContain("DEIN WIDERSPRUCHSRECHT");
    expect(body.de).toContain("Du kannst deine Einwilligung jederzeit");
    expect(body.de).not.toMatch(/\bIhre?\b/);
    expect(body.en).toContain("withdraw your consent");
  });

  it("asks to complete missing controller details instead of inventing them", () => {
    const { body } = informationLetter({ ...input, controller: { ...controller, controllerName: null } });
    expect(body.de).toContain("[bitte in den Datenschutz-Einstellungen ergänzen]");
  });
});
