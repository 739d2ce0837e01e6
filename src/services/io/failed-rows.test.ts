import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { FAILED_ROWS_MAX, failedRowsFile } from "./failed-rows.ts";
import { importContacts, previewImport } from "./import-contacts.ts";

// A CSV from a CRM no preset knows, read with the user's columns. Row 2 is fine; row 3 has neither
// name nor channel; row 4 a birthday that does not exist; row 5 opens a quote it never closes.
const HEADER = "Kontakt;Nom;Courriel;Geburtstag";
const MAPPING = { Kontakt: "firstName", Nom: "lastName", Courriel: "email.work" };
const CSV = [
  HEADER,
  "Ida;Fehlerfrei;ida@fehler.test;01.02.1980",
  ";;;01.02.1980",
  "Ole;Datum;ole@fehler.test;31.02.1980",
  'Una;"Kaputt;una@fehler.test;',
].join("\r\n");

describeEachStore("the failed rows of a CSV import, handed back to fix", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeEach(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  it("hands back the rows that failed as the file had them, each with its reason", async () => {
    const report = await importContacts(ctx, actor, CSV, { mapping: MAPPING });
    expect(report).toMatchObject({ created: 1, failed: 3 });
    expect(report.failedRows?.rows.map((row) => row.cells)).toEqual([
      ["", "", "", "01.02.1980"],
      ["Ole", "Datum", "ole@fehler.test", "31.02.1980"],
    ]);
    expect(report.failedRows?.rows[1]?.reason.en).toMatch(/31\.02\.1980/);
    // The unclosed quote left no cells to hand back: counted, not in the file.
    expect(report.failedRows?.notIncluded).toBe(1);

    const file = failedRowsFile(report, "de");
    expect(file).toMatchObject({ rows: 2, notIncluded: 1 });
    const [header, , second] = file?.csv.replace(/^\uFEFF/, "").split("\r\n") ?? [];
    expect(header).toBe(`${HEADER};Kundenfreund: Grund`);
    expect(second?.startsWith("Ole;Datum;ole@fehler.test;31.02.1980;")).toBe(true);
  });

  it("imports the fixed file with the columns of the original, leaving the reason column out", async () => {
    const report = await importContacts(ctx, actor, CSV, { mapping: MAPPING });
    const failed = failedRowsFile(report, "en")?.csv ?? "";
    const fixed = failed
      .replace(";;;01.02.1980;", "Eva;Neu;eva@fehler.test;01.02.1980;")
      .replace("31.02.1980", "28.02.1980");

    const again = await importContacts(ctx, actor, fixed);
    expect(again.csv?.savedMappingAt).not.toBeNull();
    expect(again.csv?.mapping).toMatchObject(MAPPING);
    expect(Object.keys(again.csv?.mapping ?? {})).not.toContain("Kundenfreund: reason");
    expect(again).toMatchObject({ created: 2, failed: 0, failedRows: { rows: [], notIncluded: 0 } });
    expect(failedRowsFile(again, "en")).toBeNull();
  });

  it("separates the file as the original was: commas stay commas, a tab file follows the language", async () => {
    const commas = CSV.replaceAll(";", ",");
    const report = await importContacts(ctx, actor, commas, { mapping: MAPPING });
    const [header, first] =
      failedRowsFile(report, "de")
        ?.csv.replace(/^\uFEFF/, "")
        .split("\r\n") ?? [];
    expect(header).toBe(`${HEADER.replaceAll(";", ",")},Kundenfreund: Grund`);
    expect(first).toBe(",,,01.02.1980,Zeile 3: weder Name noch Firma noch Kontaktdaten");

    const tabs = await previewImport(ctx, actor, CSV.replaceAll(";", "\t"), { mapping: MAPPING });
    expect(failedRowsFile(tabs, "en")?.csv).toMatch(
      /^\uFEFFKontakt,Nom,Courriel,Geburtstag,Kundenfreund: reason\r\n/,
    );
    expect(failedRowsFile(tabs, "de")?.csv).toMatch(
      /^\uFEFFKontakt;Nom;Courriel;Geburtstag;Kundenfreund: Grund\r\n/,
    );
  });

  it(`keeps at most ${FAILED_ROWS_MAX.toLocaleString("en")} rows and counts the rest`, async () => {
    const rows = Array.from({ length: FAILED_ROWS_MAX + 5 }, (_, i) => `;;;${i}`);
    // The last column left out: no row has a name, company or channel.
    const mapping = { ...MAPPING, Geburtstag: "ignore" };
    const preview = await previewImport(ctx, actor, [HEADER, ...rows].join("\r\n"), { mapping });
    expect(preview.failed).toBe(FAILED_ROWS_MAX + 5);
    expect(preview.failedRows?.rows).toHaveLength(FAILED_ROWS_MAX);
    expect(preview.failedRows?.rows.at(-1)?.cells).toEqual(["", "", "", String(FAILED_ROWS_MAX - 1)]);
    expect(preview.failedRows?.notIncluded).toBe(5);
    // The list names 1,000 rows; counted by reason, all of them are one line.
    expect(preview.failures).toHaveLength(1_000);
    expect(preview.failureReasons).toEqual({
      reasons: [
        {
          reason: {
            de: "weder Name noch Firma noch Kontaktdaten",
            en: "no name, company or contact details",
          },
          count: FAILED_ROWS_MAX + 5,
        },
      ],
      otherRows: 0,
    });
  });

  it("has none for a vCard file, whose cards are no rows to fix in a spreadsheet", async () => {
    const vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nothing else\r\nEND:VCARD\r\n";
    const report = await previewImport(ctx, actor, vcard);
    expect(report.failed).toBe(1);
    expect(report.failedRows).toBeNull();
    expect(failedRowsFile(report, "de")).toBeNull();
  });
});
