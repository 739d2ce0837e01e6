import { describe, expect, it } from "vitest";
import type { ImportReport } from "../../services/io/import-types.ts";
import { renderReport } from "./import-report.ts";

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    format: "csv",
    dryRun: false,
    onDuplicate: "merge",
    rowsRead: 100_000,
    created: 99_990,
    merged: 0,
    mergedIntoExisting: 0,
    skipped: 0,
    failed: 10,
    companiesCreated: 1,
    familyMembersCreated: 1,
    failures: [
      { line: 4, row: 3, reason: { de: "Zeile 3: Geburtstag ungültig", en: "Row 3: invalid birthday" } },
    ],
    duplicates: [],
    warnings: [],
    omitted: { failures: 9, duplicates: 0, warnings: 1_200 },
    aborted: null,
    csv: null,
    failureReasons: { reasons: [], otherRows: 0 },
    importantDatesAdded: 0,
    failedRows: null,
    elapsedMs: 19_540,
    runId: null,
    ...overrides,
  };
}

describe("import command report", () => {
  it("says where anniversaries went, since no contact field shows them", () => {
    const done = renderReport(report({ importantDatesAdded: 2 }), "de");
    expect(done).toContain("2 Hochzeitstage als wichtiges Datum gemerkt, nur für Sie sichtbar");
    const preview = renderReport(report({ importantDatesAdded: 1, dryRun: true }), "en");
    expect(preview).toContain(
      "1 wedding anniversary would be kept as an important date, visible to you only.",
    );
    expect(renderReport(report(), "en")).not.toContain("anniversar");
  });

  it("counts failures by reason when one reason failed several rows", () => {
    const noName = {
      de: "weder Name noch Firma noch Kontaktdaten",
      en: "no name, company or contact details",
    };
    const reasons = [
      { reason: noName, count: 24_980 },
      ...Array.from({ length: 6 }, (_, i) => ({ reason: { de: `Grund ${i}`, en: `reason ${i}` }, count: 2 })),
    ];
    const text = renderReport(report({ failureReasons: { reasons, otherRows: 3 } }), "de");
    expect(text).toContain(
      "Fehler nach Grund:\n  24.980 × weder Name noch Firma noch Kontaktdaten\n  2 × Grund 0\n",
    );
    // Five are named; the 2 + 2 rows of the next two reasons and the 3 beyond the API's twenty are "other".
    expect(text).toContain("  2 × Grund 3\n  7 × andere Gründe\n");
    expect(text).not.toContain("Grund 4");
    const once = { reasons: [{ reason: noName, count: 1 }], otherRows: 0 };
    expect(renderReport(report({ failureReasons: once }), "en")).not.toContain("Failures by reason");
  });

  it("writes counts and seconds as German readers expect them, with singular where it is one", () => {
    const text = renderReport(report(), "de");
    expect(text).toContain(
      "100.000 gelesen: 99.990 neu, 0 zusammengeführt, 0 übersprungen, 10 fehlerhaft; 1 Firma und 1 Angehörige angelegt (19,5 s).",
    );
    expect(text).toContain("✗ Zeile 3 (Dateizeile 4): Geburtstag ungültig");
    expect(text).toContain("… und 9 weitere Fehler");
    expect(text).toContain("… und 1.200 weitere Hinweise");
  });

  it("writes them the English way, in plural for several", () => {
    const text = renderReport(report({ companiesCreated: 2_000, familyMembersCreated: 3 }), "en");
    expect(text).toContain(
      "100,000 read: 99,990 created, 0 merged, 0 skipped, 10 failed; 2,000 companies and 3 relatives created (19.5 s).",
    );
    expect(text).toContain("… and 1,200 more warnings");
  });

  it("says how many merged rows went into existing contacts and how many were in the file twice", () => {
    const twice = renderReport(report({ merged: 12, mergedIntoExisting: 2 }), "de");
    expect(twice).toContain("Davon 2 in vorhandene Kontakte und 10 innerhalb dieser Datei");
    // All into existing contacts: the summary says it all.
    const existing = renderReport(report({ merged: 12, mergedIntoExisting: 12 }), "en");
    expect(existing).not.toContain("within this file");
  });

  it("names how a duplicate was found, and whom it resembled, in the reader's language", () => {
    const row = { entity: "person" as const, matchedName: null, matchedAt: null };
    const duplicates: ImportReport["duplicates"] = [
      {
        line: 7,
        row: 6,
        action: "merged",
        personId: "p1",
        matchedBy: "email",
        name: "Jörg Müller",
        ...row,
        matchedName: "Jörg Mueller",
      },
      {
        line: 9,
        row: 8,
        action: "skipped",
        personId: "p2",
        matchedBy: "phone",
        name: "Anna Becker",
        ...row,
        matchedName: "Anna Becker",
        matchedAt: { line: 3, row: 3 },
      },
      {
        line: 11,
        row: 10,
        action: "merged",
        personId: null,
        matchedBy: "name",
        name: "A. Vogel",
        ...row,
        matchedAt: { line: 4, row: null },
      },
      {
        line: 12,
        row: 11,
        action: "created",
        personId: "p9",
        matchedBy: "email",
        name: "Tom Weber",
        ...row,
        matchedName: "Thomas Weber",
      },
    ];
    const en = renderReport(report({ duplicates }), "en");
    expect(en).toContain("Jörg Müller – merged into Jörg Mueller (p1) [email]");
    expect(en).toContain("Anna Becker – skipped, already there: Anna Becker, row 3 (line 3) (p2) [phone]");
    expect(en).toContain("A. Vogel – merged into line 4 [name and company]");
    expect(en).toContain("Tom Weber – created (p9), though it resembles Thomas Weber [email]");
    const de = renderReport(report({ duplicates }), "de");
    expect(de).toContain("Jörg Müller – zusammengeführt mit Jörg Mueller (p1) [E-Mail]");
    expect(de).toContain(
      "Anna Becker – übersprungen, gibt es schon: Anna Becker, Zeile 3 (Dateizeile 3) (p2) [Telefon]",
    );
    expect(de).toContain("A. Vogel – zusammengeführt mit Dateizeile 4 [Name und Firma]");
    expect(de).toContain("Tom Weber – neu angelegt (p9), obwohl ähnlich wie Thomas Weber [E-Mail]");
  });
});
