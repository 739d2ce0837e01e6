import { describe, expect, it } from "vitest";
import { SENSITIVE_CATEGORIES } from "./categories.ts";
import {
  buildProcessingRegister,
  type RegisterInput,
  registerHtml,
  registerMarkdown,
} from "./processing-register.ts";

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const input: RegisterInput = {
  workspaceName: "Vertrieb <Süd>",
  controller: {
    controllerName: "Becker GmbH",
    controllerAddress: null,
    controllerContact: null,
    dpoContact: "dsb@becker.example",
  },
  hosting: "self_hosted",
  retention: { factReviewMonths: 18, reviewOnLeavingCompany: true },
  counts: {
    contacts: 12,
    relatives: 3,
    companies: 4,
    interactions: 20,
    selfChecks: 5,
    gifts: 2,
    deals: 6,
    users: 2,
    facts: {
      family: 4,
      hobby: 1,
      preference: 0,
      life_event: 0,
      shared_experience: 0,
      important_date: 2,
      other: 0,
    },
  },
  legalBases: { contract: 5, legitimate_interest: 4, consent: 1, unset: 2 },
  sensitive: { ...zeroes(SENSITIVE_CATEGORIES), health: 2 },
  thirdPartySources: 3,
  optedOut: 1,
  today: "2026-11-27",
};

describe("processing register (Art. 30)", () => {
  it("covers every item of Art. 30(1) lit. a–g with live figures, in German and English", () => {
    const doc = buildProcessingRegister(input);
    const md = registerMarkdown(doc, "de");
    for (const lit of ["lit. a", "lit. b", "lit. c", "lit. d", "lit. e", "lit. f", "lit. g"])
      expect(md).toContain(lit);
    expect(md).toContain("Kontakte: 12");
    expect(md).toContain("Persönliches – Familie: 4");
    expect(md).not.toContain("Vorlieben");
    expect(md).toContain("Besondere Kategorien – Gesundheit: 2");
    expect(md).toContain("ohne erfasste Rechtsgrundlage: 2");
    expect(md).toContain("Prüfung 18 Monate nach dem letzten Kontakt und beim Ausscheiden");
    expect(md).toContain("Name: Becker GmbH");
    expect(md).toContain("Anschrift: [in den Datenschutz-Einstellungen ergänzen]");
    const en = registerMarkdown(doc, "en");
    expect(en.startsWith("# Record of processing activities (Art. 30 GDPR)")).toBe(true);
    expect(en).toContain("Special categories – health: 2 note(s) saved despite the warning");
  });

  it("reports third-country hosting as a transfer; the HTML page escapes every text", () => {
    const doc = buildProcessingRegister({ ...input, hosting: "third_country_provider" });
    expect(registerMarkdown(doc, "en")).toContain("Yes, to the hosting provider");
    const html = registerHtml(doc, "de");
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Vertrieb &lt;Süd&gt;");
    expect(html).not.toContain("<Süd>");
    expect(html).not.toContain("<script");
  });
});
