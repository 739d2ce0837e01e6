import { describe, expect, it } from "vitest";
import type { GiftEntry } from "./gift-entry.ts";
import { type GiftWarningInput, giftWarnings } from "./gift-warnings.ts";

function entry(overrides: Partial<GiftEntry> = {}): GiftEntry {
  return {
    date: "2026-11-20",
    personId: "p1",
    direction: "given",
    kind: "gift",
    valueCents: 2000,
    note: null,
    ...overrides,
  };
}

function input(overrides: Partial<GiftWarningInput> = {}): GiftWarningInput {
  return {
    entry: entry(),
    priorEntriesForRecipientThisYear: [],
    companyLimitCents: null,
    recipientIsPublicOfficial: false,
    recipientInRunningTender: false,
    ...overrides,
  };
}

/** A prior gift of 30.00 € this year, plus this entry. */
const withTotal = (entryCents: number) =>
  input({
    entry: entry({ valueCents: entryCents }),
    priorEntriesForRecipientThisYear: [entry({ date: "2026-03-01", valueCents: 3000 })],
  });

describe("giftWarnings: § 4 Abs. 5 Satz 1 Nr. 1 EStG, EUR 50 per recipient and year", () => {
  it("49.99 € in total: within the limit, 0.01 € left", () => {
    expect(giftWarnings(withTotal(1999))).toEqual([
      {
        code: "tax_limit_status",
        severity: "info",
        text: {
          de: "Geschenke an diese Person 2026: zusammen 49,99 € – innerhalb der Freigrenze von 50,00 € (§ 4 Abs. 5 Satz 1 Nr. 1 EStG), noch 0,01 € frei.",
          en: "Gifts to this person in 2026: €49.99 in total – within the €50.00 exemption limit (§ 4 Abs. 5 Satz 1 Nr. 1 EStG), €0.01 left.",
        },
      },
    ]);
  });

  it("50.00 € in total: exactly at the limit is still within it", () => {
    expect(giftWarnings(withTotal(2000))).toEqual([
      {
        code: "tax_limit_status",
        severity: "info",
        text: {
          de: "Geschenke an diese Person 2026: zusammen 50,00 € – innerhalb der Freigrenze von 50,00 € (§ 4 Abs. 5 Satz 1 Nr. 1 EStG), noch 0,00 € frei.",
          en: "Gifts to this person in 2026: €50.00 in total – within the €50.00 exemption limit (§ 4 Abs. 5 Satz 1 Nr. 1 EStG), €0.00 left.",
        },
      },
    ]);
  });

  it("50.01 € in total: one cent over makes the whole amount non-deductible", () => {
    expect(giftWarnings(withTotal(2001))).toEqual([
      {
        code: "tax_limit_exceeded",
        severity: "warning",
        text: {
          de: "Geschenke an diese Person 2026: zusammen 50,01 € – mehr als die Freigrenze von 50,00 € (§ 4 Abs. 5 Satz 1 Nr. 1 EStG). Weil es eine Freigrenze ist, ist jetzt der gesamte Betrag von 50,01 € nicht als Betriebsausgabe abziehbar, nicht nur der Teil darüber.",
          en: "Gifts to this person in 2026: €50.01 in total – more than the €50.00 exemption limit (§ 4 Abs. 5 Satz 1 Nr. 1 EStG). Because it is an exemption limit, the whole €50.01 is now not tax-deductible, not only the part above it.",
        },
      },
    ]);
  });

  it("counts only gifts given to the same person in the same year", () => {
    const warnings = giftWarnings(
      input({
        entry: entry({ valueCents: 2000 }),
        priorEntriesForRecipientThisYear: [
          entry({ date: "2025-12-31", valueCents: 9000 }), // last year
          entry({ personId: "p2", valueCents: 9000 }), // someone else
          entry({ direction: "received", valueCents: 9000 }),
          entry({ kind: "meal", valueCents: 9000 }), // hospitality, not a gift
          entry({ kind: "event", valueCents: 2500 }), // a ticket is a gift
        ],
      }),
    );
    expect(warnings.map((w) => w.code)).toEqual(["tax_limit_status"]);
    expect(warnings[0]?.text.de).toContain("zusammen 45,00 €");
  });

  it("used the EUR 35 limit before 2024", () => {
    const warnings = giftWarnings(input({ entry: entry({ date: "2023-06-01", valueCents: 3501 }) }));
    expect(warnings[0]?.code).toBe("tax_limit_exceeded");
    expect(warnings[0]?.text.en).toContain("more than the €35.00 exemption limit");
  });
});

describe("giftWarnings: hospitality, § 4 Abs. 5 Satz 1 Nr. 2 EStG", () => {
  it("a meal is hospitality, 70 % deductible, and does not count toward the gift limit", () => {
    expect(giftWarnings(input({ entry: entry({ kind: "meal", valueCents: 12000 }) }))).toEqual([
      {
        code: "hospitality_deductible_70",
        severity: "info",
        text: {
          de: "Bewirtung zählt nicht zur Geschenkgrenze; sie ist zu 70 % als Betriebsausgabe abziehbar (§ 4 Abs. 5 Satz 1 Nr. 2 EStG). Beleg mit Anlass und Teilnehmern aufbewahren.",
          en: "Hospitality does not count toward the gift limit; 70 % of it is tax-deductible (§ 4 Abs. 5 Satz 1 Nr. 2 EStG). Keep the receipt with occasion and participants.",
        },
      },
    ]);
  });
});

describe("giftWarnings: company limit", () => {
  it("warns above the company limit per gift, not at it", () => {
    const over = giftWarnings(input({ entry: entry({ valueCents: 2501 }), companyLimitCents: 2500 }));
    expect(over[0]).toEqual({
      code: "company_limit_exceeded",
      severity: "warning",
      text: {
        de: "25,01 € liegt über der Grenze Ihres Unternehmens von 25,00 € je Geschenk.",
        en: "€25.01 is above your company's limit of €25.00 per gift.",
      },
    });
    const at = giftWarnings(input({ entry: entry({ valueCents: 2500 }), companyLimitCents: 2500 }));
    expect(at.map((w) => w.code)).toEqual(["tax_limit_status"]);
  });

  it("applies to gifts received, without any tax note", () => {
    const warnings = giftWarnings(
      input({ entry: entry({ direction: "received", valueCents: 8000 }), companyLimitCents: 3000 }),
    );
    expect(warnings).toEqual([
      {
        code: "company_limit_received",
        severity: "warning",
        text: {
          de: "Dieses Geschenk (80,00 €) liegt über der Grenze Ihres Unternehmens von 30,00 € – nach Ihrer Richtlinie melden oder zurückgeben.",
          en: "This gift (€80.00) is above your company's limit of €30.00 – report or return it as your policy requires.",
        },
      },
    ]);
  });
});

describe("giftWarnings: §§ 331, 333 StGB and running tenders", () => {
  it("a public official gets a hard warning for any gift, even 1 cent, first in the list", () => {
    const warnings = giftWarnings(
      input({ entry: entry({ valueCents: 1 }), recipientIsPublicOfficial: true }),
    );
    expect(warnings[0]).toEqual({
      code: "public_official",
      severity: "hard",
      text: {
        de: "Amtsträger: Vor jedem Geschenk und jeder Einladung die Compliance fragen. Für Vorteile an Amtsträger gibt es keine feste Bagatellgrenze (§§ 331, 333 StGB) – auch Kleinigkeiten können strafbar sein.",
        en: "Public official: ask compliance before any gift or invitation. There is no fixed de minimis amount for benefits to public officials (Sections 331, 333 StGB) – even small items can be a criminal offence.",
      },
    });
  });

  it("a public official gets the hard warning for an invitation too", () => {
    const warnings = giftWarnings(
      input({ entry: entry({ kind: "invitation", valueCents: 4000 }), recipientIsPublicOfficial: true }),
    );
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ["public_official", "hard"],
      ["hospitality_deductible_70", "info"],
    ]);
  });

  it("§ 124 Abs. 1 Nr. 9 GWB: a person in a running tender gets a hard warning", () => {
    const warnings = giftWarnings(input({ recipientInRunningTender: true }));
    expect(warnings[0]).toEqual({
      code: "running_tender",
      severity: "hard",
      text: {
        de: "Laufende Ausschreibung: Diese Person ist an einem laufenden Vergabeverfahren beteiligt. Vor jedem Geschenk und jeder Einladung die Compliance fragen – Zuwendungen können zum Ausschluss führen (§ 124 Abs. 1 Nr. 9 GWB) und strafbar sein (§§ 299, 333, 334 StGB).",
        en: "Running tender: this person is involved in a running procurement procedure. Ask compliance before any gift or invitation – benefits can lead to exclusion (§ 124 Abs. 1 Nr. 9 GWB) and be a criminal offence (Sections 299, 333, 334 StGB).",
      },
    });
  });

  it("orders hard, then warning, then info", () => {
    const warnings = giftWarnings({
      ...withTotal(2500),
      companyLimitCents: 2000,
      recipientIsPublicOfficial: true,
      recipientInRunningTender: true,
    });
    expect(warnings.map((w) => w.code)).toEqual([
      "public_official",
      "running_tender",
      "tax_limit_exceeded",
      "company_limit_exceeded",
    ]);
  });

  it("does not warn about gifts the user received from an official", () => {
    const warnings = giftWarnings(
      input({ entry: entry({ direction: "received" }), recipientIsPublicOfficial: true }),
    );
    expect(warnings).toEqual([]);
  });
});
