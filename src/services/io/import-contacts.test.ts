import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import type { Person } from "../../core/model/person.ts";
import { CSV_PRESET_IDS } from "../../io/csv/csv-presets.ts";
import type { Store } from "../../store/open-store.ts";
import {
  actorOf,
  buildCompany,
  buildPerson,
  buildUser,
  buildWorkspace,
  testContext,
} from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { listPeople } from "../people.ts";
import { search } from "../search.ts";
import { importContacts, previewImport } from "./import-contacts.ts";
import { getMyImport, listMyImports } from "./import-history.ts";
import type { ImportReport } from "./import-types.ts";

const FIXTURES = path.join(import.meta.dirname, "../../io/fixtures");
const fixture = (...parts: string[]) => readFileSync(path.join(FIXTURES, ...parts));

function expectAccountedFor(report: ImportReport): void {
  expect(report.created + report.merged + report.skipped + report.failed).toBe(report.rowsRead);
  expect(report.failures.length + report.omitted.failures).toBe(report.failed);
}

async function allPeople(ctx: ServiceContext, actor: Actor, includeNonContacts = false): Promise<Person[]> {
  const page = await listPeople(ctx, actor, {
    limit: 500,
    includeNonContacts: includeNonContacts ? "true" : "false",
  });
  return page.items;
}

async function countRows(store: Store, workspaceId: string) {
  const count = async (table: "people" | "search_terms" | "companies" | "person_channels") =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("workspace_id", "=", workspaceId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    people: await count("people"),
    terms: await count("search_terms"),
    companies: await count("companies"),
    channels: await count("person_channels"),
  };
}

/**
 * A CSV of `n` contacts in Kundenfreund's own German layout (its "Beziehungen" column is what
 * identifies the layout); `broken` rows get an impossible birthday.
 */
function ownCsv(n: number, broken: number[] = [], offset = 0): string {
  const lines = ["Vorname;Nachname;Firma;E-Mail geschäftlich;Geburtstag;Beziehungen"];
  for (let i = 1; i <= n; i += 1) {
    const code = (i + offset).toString(26);
    const birthday = broken.includes(i) ? "31.02.1980" : "03.04.1975";
    lines.push(`Kunde;Nr-${code}${code};Firma ${i % 7} GmbH;kunde${i + offset}@example.test;${birthday};`);
  }
  return `${lines.join("\r\n")}\r\n`;
}

describeEachStore("import of vCard and CSV files", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  const fresh = async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  };
  beforeAll(fresh);

  describe("real-world files", () => {
    const csvFiles = readdirSync(path.join(FIXTURES, "csv")).filter((f) => f.endsWith(".csv"));
    const vcardFiles = ["vcard", "vcard-styles"].flatMap((dir) =>
      readdirSync(path.join(FIXTURES, dir))
        .filter((f) => f.endsWith(".vcf"))
        .map((f) => path.join(dir, f)),
    );

    for (const file of [...csvFiles.map((f) => path.join("csv", f)), ...vcardFiles]) {
      it(`imports ${file} into a fresh workspace and accounts for every record`, async () => {
        await fresh();
        const report = await importContacts(ctx, actor, fixture(file), { filename: path.basename(file) });
        expect(report.format).toBe(file.endsWith(".csv") ? "csv" : "vcard");
        expectAccountedFor(report);
        expect(report.aborted).toBeNull();
        const people = await allPeople(ctx, actor);
        expect(people.length).toBe(report.created - (COMPANY_CARDS[file] ?? 0));
      });
    }

    it("reads umlauts of a German Outlook export in Windows-1252 and links the company", async () => {
      await fresh();
      const report = await importContacts(ctx, actor, fixture("csv", "outlook-de-windows-1252.csv"));
      expect(report.csv?.preset).toBe("outlook_de");
      expect(report.csv?.encoding).toBe("windows-1252");
      const [person] = await allPeople(ctx, actor);
      expect(person).toMatchObject({ firstName: "Jürgen", lastName: "Grüßner", jobTitle: "Leiter Einkauf" });
      expect(person?.channels).toContainEqual(
        expect.objectContaining({ kind: "email", value: "j.gruessner@mueller-soehne.de" }),
      );
      const company = await search(ctx, actor, { q: "Müller Söhne", types: "company" });
      expect(company.items.map((c) => c.id)).toEqual([person?.companyId]);
      expect(report.failures).toEqual([
        expect.objectContaining({
          line: 3,
          row: 3,
          reason: expect.objectContaining({ de: expect.any(String) }),
        }),
      ]);
      // Relatives named in the file become family members, not contacts.
      const everyone = await allPeople(ctx, actor, true);
      expect(everyone.length - 1).toBe(report.familyMembersCreated);
    });

    it("says once for the whole file that photos held in it were not imported", async () => {
      await fresh();
      const card = (name: string, photo: string) =>
        `BEGIN:VCARD\r\nVERSION:3.0\r\nN:${name};Lena;;;\r\nFN:Lena ${name}\r\n${photo}\r\nEND:VCARD\r\n`;
      const file = [
        card("Eins", "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ=="),
        card("Zwei", "PHOTO:data:image/jpeg;base64,/9j/4AAQ"),
        card("Drei", "PHOTO;VALUE=uri:https://example.org/lena.jpg"),
      ].join("");
      const report = await importContacts(ctx, actor, file);
      expect(report).toMatchObject({ created: 3, failed: 0 });
      expect(report.warnings).toEqual([
        {
          line: 1,
          row: null,
          message: {
            de: expect.stringMatching(/^2 Karten enthalten ihr Foto als Bild in der Datei\./),
            en: expect.stringMatching(/^2 cards hold their photo as an image inside the file\./),
          },
        },
      ]);
      const people = await allPeople(ctx, actor);
      expect(people.map((p) => p.photoUrl).filter(Boolean)).toEqual(["https://example.org/lena.jpg"]);
    });

    it("a company's own card creates the company once, not a person", async () => {
      await fresh();
      const report = await importContacts(ctx, actor, fixture("vcard-styles", "apple-contacts.vcf"));
      const found = await search(ctx, actor, { q: "Stadtwerke Nord", types: "company" });
      expect(found.items).toHaveLength(1);
      const again = await importContacts(ctx, actor, fixture("vcard-styles", "apple-contacts.vcf"));
      expect(again.skipped + again.merged).toBe(report.created);
      expect((await search(ctx, actor, { q: "Stadtwerke Nord", types: "company" })).items).toHaveLength(1);
    });

    for (const preset of CSV_PRESET_IDS.filter((p) => p !== "generic")) {
      it(`honours the preset "${preset}" when the user chooses it`, async () => {
        await fresh();
        const file = {
          kundenfreund: null,
          google: "google-contacts.csv",
          outlook: "outlook-en.csv",
          outlook_de: "outlook-de-windows-1252.csv",
          hubspot: "hubspot-contacts.csv",
          pipedrive: "pipedrive-persons.csv",
          salesforce: "salesforce-contacts.csv",
          linkedin: "linkedin-connections.csv",
        }[preset];
        const source = file ? fixture("csv", file) : ownCsv(3);
        const report = await importContacts(ctx, actor, source, { preset });
        expect(report.csv?.preset).toBe(preset);
        expect(report.created).toBeGreaterThan(0);
        expectAccountedFor(report);
      });
    }
  });

  describe("whole rows or nothing", () => {
    it("a file whose row 50 of 100 is broken stores the other 99 and names row 50", async () => {
      await fresh();
      const report = await importContacts(ctx, actor, ownCsv(100, [50]), {}, { batchSize: 30 });
      expect(report).toMatchObject({ rowsRead: 100, created: 99, failed: 1, merged: 0, skipped: 0 });
      expect(report.failures).toEqual([
        {
          line: 51,
          row: 51,
          reason: expect.objectContaining({ en: expect.stringContaining("31.02.1980") }),
        },
      ]);
      const counts = await countRows(store(), actor.workspaceId);
      expect(counts.people).toBe(99);
      expect(counts.channels).toBe(99);
    });

    it("a database failure in the third batch keeps the first two whole and writes nothing of the third", async () => {
      await fresh();
      let transactions = 0;
      const real = store().db;
      const failing = new Proxy(real, {
        get(target, property) {
          if (property === "transaction") {
            transactions += 1;
            if (transactions !== 3) return () => target.transaction();
            return () => ({
              execute: (work: (db: typeof real) => Promise<unknown>) =>
                target.transaction().execute(async (trx) => {
                  await work(trx);
                  throw new Error("disk full");
                }),
            });
          }
          const value = Reflect.get(target, property, target);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
      const brokenCtx: ServiceContext = { ...ctx, store: { ...store(), db: failing } };
      const report = await importContacts(brokenCtx, actor, ownCsv(100), {}, { batchSize: 20 });
      expect(report).toMatchObject({ rowsRead: 60, created: 40, failed: 20 });
      expect(report.aborted?.en).toContain("disk full");
      expectAccountedFor(report);
      const counts = await countRows(store(), actor.workspaceId);
      expect(counts.people).toBe(40);
      expect(counts.channels).toBe(40);
      // The history says the same, and why it stopped.
      const [run] = await listMyImports(ctx, actor);
      expect(run).toMatchObject({
        id: report.runId,
        outcome: "stopped",
        rowsRead: 60,
        created: 40,
        failed: 20,
      });
      expect(run?.stopReason?.en).toContain("disk full");
    });

    it("the history counts each batch in that batch's transaction: an import that never ends says what it stored", async () => {
      await fresh();
      // The first chunk is more than the 64 KB the encoding is sniffed from: every row of it is read
      // and every whole batch written before the import asks for the next chunk, which never comes.
      const lines = ownCsv(1550).split("\r\n");
      let stalled: () => void = () => undefined;
      const reachedStall = new Promise<void>((resolve) => {
        stalled = resolve;
      });
      let release: () => void = () => undefined;
      async function* stalls(): AsyncGenerator<string> {
        yield `${lines.slice(0, 1501).join("\r\n")}\r\n`;
        stalled();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        yield lines.slice(1501).join("\r\n");
      }
      const runId = "0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3";
      const importing = importContacts(
        ctx,
        actor,
        stalls(),
        { runId, filename: "haengt.csv" },
        { batchSize: 200 },
      );
      await reachedStall;
      // As a crashed process would leave it: running, with the seven whole batches it committed.
      expect(await getMyImport(ctx, actor, runId)).toMatchObject({
        outcome: "running",
        state: "running",
        fileName: "haengt.csv",
        rowsRead: 1400,
        created: 1400,
        failed: 0,
        finishedAt: null,
      });
      expect((await countRows(store(), actor.workspaceId)).people).toBe(1400);
      release();
      const report = await importing;
      expect(report).toMatchObject({ runId, created: 1550, aborted: null });
      expect(await getMyImport(ctx, actor, runId)).toMatchObject({
        outcome: "complete",
        rowsRead: 1550,
        created: 1550,
        finishedAt: expect.any(String),
      });
    });

    it("a file that breaks off keeps the batches before, fails the rows read since, and says why", async () => {
      await fresh();
      // Two chunks, then the break: the first is more than the 64 KB the encoding is sniffed from,
      // so every row is read before the source fails.
      const lines = ownCsv(1995, [1900]).split("\r\n");
      async function* breaksOff(): AsyncGenerator<string> {
        yield `${lines.slice(0, 1501).join("\r\n")}\r\n`;
        yield lines.slice(1501).join("\r\n");
        throw new Error("connection reset");
      }
      const report = await importContacts(ctx, actor, breaksOff(), {}, { batchSize: 200 });
      expect(report).toMatchObject({ rowsRead: 1995, created: 1800, failed: 195 });
      expect(report.aborted?.en).toContain("could not be read to the end (connection reset)");
      expectAccountedFor(report);
      // The row with its own fault keeps its own reason; the other rows of the unfinished batch
      // name the break.
      const ownFault = report.failures.filter((f) => !f.reason.en.includes("connection reset"));
      expect(ownFault.map((f) => f.row)).toEqual([1901]);
      expect(ownFault[0]?.reason.en).toContain("not a date");
      expect(report.failures).toHaveLength(195);
      expect((await countRows(store(), actor.workspaceId)).people).toBe(1800);
    });

    it("a file that fails before its first row could be read ends in a report that says so", async () => {
      await fresh();
      const before = await countRows(store(), actor.workspaceId);
      // Less than the 64 KB the encoding is sniffed from: no row is read before the failure.
      async function* failsEarly(): AsyncGenerator<string> {
        yield "Vorname;Nachname\r\nAnna;Becker\r\n";
        throw new Error("connection reset");
      }
      const report = await importContacts(ctx, actor, failsEarly(), { filename: "kontakte.vcf" });
      expect(report).toMatchObject({ format: "vcard", rowsRead: 0, created: 0, failed: 0 });
      expect(report.aborted?.de).toContain("nicht zu Ende gelesen werden (connection reset)");
      expect(await countRows(store(), actor.workspaceId)).toEqual(before);
    });

    it("a preview writes nothing and predicts the import exactly", async () => {
      await fresh();
      await importContacts(ctx, actor, ownCsv(10));
      const before = await countRows(store(), actor.workspaceId);
      const source = ownCsv(30, [7]);
      const preview = await previewImport(ctx, actor, source, {}, { batchSize: 8 });
      expect(await countRows(store(), actor.workspaceId)).toEqual(before);
      expect(preview.samples).toHaveLength(20);
      expect(preview.samples[0]?.record).toMatchObject({ firstName: "Kunde", organisation: "Firma 1 GmbH" });
      const report = await importContacts(ctx, actor, source, {}, { batchSize: 8 });
      const strip = ({ elapsedMs: _e, dryRun: _d, runId: _r, duplicates, ...rest }: ImportReport) => ({
        ...rest,
        duplicates: duplicates.map(({ personId: _p, ...d }) => d),
      });
      const { samples: _samples, ...previewReport } = preview;
      expect(strip(previewReport)).toEqual(strip(report));
      expect(report).toMatchObject({ created: 20, merged: 9, failed: 1 });
    });
  });

  describe("duplicates", () => {
    it("merges a record with a known email: fills empty fields, adds channels and tags, overwrites nothing", async () => {
      await fresh();
      const anna = await buildPerson(ctx, actor, {
        firstName: "Anna",
        lastName: "Schmidt",
        jobTitle: "Einkauf",
        channels: [{ kind: "email", value: "A.Schmidt@stahlbau-nord.de" }],
        tags: ["Stammkundin"],
      });
      const report = await importContacts(ctx, actor, fixture("csv", "google-contacts.csv"));
      expect(report).toMatchObject({ merged: 1, created: 0, failed: 1 });
      expect(report.duplicates).toEqual([
        {
          line: 2,
          row: 2,
          entity: "person",
          action: "merged",
          personId: anna.id,
          matchedBy: "email",
          name: "Anna Schmidt",
          matchedName: "Anna Schmidt",
          matchedAt: null,
        },
      ]);
      const [merged] = await allPeople(ctx, actor);
      expect(merged).toMatchObject({
        id: anna.id,
        jobTitle: "Einkauf",
        birthday: { day: 3, month: 11, year: null },
      });
      expect(merged?.notes).toContain("SMM");
      expect(merged?.tags).toEqual(expect.arrayContaining(["Stammkundin", "Kunden"]));
      expect(merged?.channels[0]).toEqual({
        kind: "email",
        label: "work",
        value: "A.Schmidt@stahlbau-nord.de",
      });
      expect(merged?.channels).toContainEqual({ kind: "phone", label: "mobile", value: "+49 151 98765432" });
      expect(
        merged?.channels.filter((c) => c.value.toLowerCase() === "a.schmidt@stahlbau-nord.de"),
      ).toHaveLength(1);
      // Reindexed: the tag that came with the file finds her.
      expect((await search(ctx, actor, { q: "Kunden", types: "person" })).items.map((i) => i.id)).toEqual([
        anna.id,
      ]);
    });

    it("skips or creates instead when the import says so", async () => {
      await fresh();
      const anna = await buildPerson(ctx, actor, {
        firstName: "Anna",
        lastName: "Schmidt",
        channels: [{ kind: "phone", value: "+49 (151) 987 654 32" }],
      });
      const skipped = await importContacts(ctx, actor, fixture("csv", "google-contacts.csv"), {
        onDuplicate: "skip",
      });
      expect(skipped).toMatchObject({ skipped: 1, created: 0, merged: 0 });
      expect(skipped.duplicates[0]).toMatchObject({
        action: "skipped",
        matchedBy: "phone",
        personId: anna.id,
        matchedName: "Anna Schmidt",
      });
      const created = await importContacts(ctx, actor, fixture("csv", "google-contacts.csv"), {
        onDuplicate: "create",
      });
      expect(created).toMatchObject({ skipped: 0, created: 1 });
      const people = await allPeople(ctx, actor);
      expect(people).toHaveLength(2);
      // The row's own new record, and the name of the one it resembles.
      const [newOne] = people.filter((p) => p.id !== anna.id);
      expect(created.duplicates[0]).toMatchObject({
        action: "created",
        matchedBy: "phone",
        personId: newOne?.id,
        matchedName: "Anna Schmidt",
      });
    });

    it("decides single rows otherwise when the user chose so after the preview", async () => {
      await fresh();
      const anna = await buildPerson(ctx, actor, {
        firstName: "Anna",
        lastName: "Becker",
        channels: [{ kind: "email", value: "anna@acme.de" }],
      });
      const csv =
        "Vorname;Nachname;E-Mail geschäftlich\r\nAnna;Becker;anna@acme.de\r\nAnna;Becker;anna@acme.de\r\nAnna;Becker;anna@acme.de\r\n";
      const preview = await previewImport(ctx, actor, csv);
      expect(preview.duplicates.map((d) => [d.line, d.action, d.personId])).toEqual([
        [2, "merged", anna.id],
        [3, "merged", anna.id],
        [4, "merged", anna.id],
      ]);
      // Line 3 is another Anna Becker after all; line 4 is left out; the rest as the import says.
      const choices = new Map([
        [3, "create"],
        [4, "skip"],
      ] as const);
      const report = await importContacts(ctx, actor, csv, { onDuplicate: "merge", choices });
      expect(report).toMatchObject({ created: 1, merged: 1, skipped: 1, onDuplicate: "merge" });
      expect(report.duplicates.map((d) => [d.line, d.action, d.matchedName])).toEqual([
        [2, "merged", "Anna Becker"],
        [3, "created", "Anna Becker"],
        [4, "skipped", "Anna Becker"],
      ]);
      expect(await allPeople(ctx, actor)).toHaveLength(2);
    });

    it("finds a person written differently at the same company (umlauts, case, one typo)", async () => {
      await fresh();
      const company = await buildCompany(ctx, actor, { name: "Müller & Söhne KG" });
      const existing = await buildPerson(ctx, actor, {
        firstName: "Jürgen",
        lastName: "Grüßner",
        companyId: company.id,
      });
      const csv =
        "Vorname;Nachname;Firma;Position\r\nJuergen;GRUESSNER;MÜLLER & SÖHNE KG;Einkauf\r\nJürgen;Grüßner;Andere AG;CEO\r\n";
      const report = await importContacts(ctx, actor, csv);
      expect(report).toMatchObject({ merged: 1, mergedIntoExisting: 1, created: 1, companiesCreated: 1 });
      expect(report.duplicates[0]).toMatchObject({ personId: existing.id, matchedBy: "name", line: 2 });
    });

    it("merges duplicates inside one file, also across batches", async () => {
      await fresh();
      const rows = ["E-Mail;Vorname;Nachname;Position"];
      for (let i = 0; i < 12; i += 1)
        rows.push(`same${i % 3}@example.test;Eva;Nr${i % 3}x;${i < 3 ? "" : `Rolle ${i}`}`);
      // A preview has no record for the file's own people: their place in the file says who they are.
      const preview = await previewImport(ctx, actor, rows.join("\n"), {}, { batchSize: 5 });
      expect(
        preview.duplicates.map((d) => [d.line, d.personId, d.matchedName, d.matchedAt]).slice(0, 2),
      ).toEqual([
        [5, null, null, { line: 2, row: 2 }],
        [6, null, null, { line: 3, row: 3 }],
      ]);
      const report = await importContacts(ctx, actor, rows.join("\n"), {}, { batchSize: 5 });
      // All nine went into people this file created, none into people who were there before.
      expect(report).toMatchObject({ created: 3, merged: 9, mergedIntoExisting: 0 });
      // Each names the person it went into; within the first batch also the line that created them.
      expect(report.duplicates.map((d) => d.matchedName)).toEqual(
        Array(9).fill(expect.stringMatching(/^Eva Nr\dx$/)),
      );
      expect(report.duplicates[0]).toMatchObject({
        line: 5,
        matchedName: "Eva Nr0x",
        matchedAt: { line: 2, row: 2 },
      });
      const people = await allPeople(ctx, actor);
      expect(people.map((p) => p.jobTitle).sort()).toEqual(["Rolle 3", "Rolle 4", "Rolle 5"]);
    });
  });

  describe("malformed input ends in a report, never a crash or a partial write", () => {
    const cases: Array<[string, () => string | Buffer, Partial<ImportReport>]> = [
      ["an empty file", () => "", { rowsRead: 0 }],
      [
        "a truncated vCard",
        () => fixture("vcard-styles", "apple-contacts.vcf").subarray(0, 200),
        { format: "vcard", created: 0, failed: 1 },
      ],
      [
        "binary junk",
        () => Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)),
        {
          created: 0,
          rowsRead: 0,
          aborted: { de: expect.any(String), en: expect.stringContaining("holds no text") },
        },
      ],
      [
        "an Excel workbook instead of its CSV",
        () => Buffer.concat([Buffer.from("PK\x03\x04\x14\x00\x06\x00", "latin1"), Buffer.alloc(4_000, 7)]),
        {
          created: 0,
          rowsRead: 0,
          aborted: { de: expect.stringContaining("CSV UTF-8"), en: expect.stringContaining("Excel") },
        },
      ],
      [
        "a 10 MB line in a vCard",
        () =>
          `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lang\r\nN:Lang;Nina;;;\r\nNOTE:${"x".repeat(10_000_000)}\r\nEND:VCARD\r\n`,
        // The reader drops the over-long property and says so; the contact itself is fine.
        { created: 1, failed: 0, warnings: [expect.objectContaining({ line: 5 })] },
      ],
      [
        "a 10 MB cell in a CSV",
        () => `Vorname;Nachname;Notizen\r\nNina;Lang;"${"x".repeat(10_000_000)}\r\nOtto;Kurz;ok\r\n`,
        { created: 0 },
      ],
      [
        "UTF-16 text from Excel",
        () =>
          Buffer.concat([
            Buffer.from([0xff, 0xfe]),
            Buffer.from("Vorname\tNachname\r\nÖzlem\tKaya\r\n", "utf16le"),
          ]),
        { created: 1, failed: 0 },
      ],
    ];
    for (const [name, source, expected] of cases) {
      it(name, async () => {
        await fresh();
        const report = await importContacts(ctx, actor, source());
        expect(report).toMatchObject(expected);
        expectAccountedFor(report);
        // A file that is no text at all stops at once, saying what it is; the rest read to the end.
        if (!("aborted" in expected)) expect(report.aborted).toBeNull();
        for (const failure of report.failures) {
          expect(failure.reason.de.length).toBeGreaterThan(0);
          expect(failure.reason.en.length).toBeGreaterThan(0);
        }
        const counts = await countRows(store(), actor.workspaceId);
        expect(counts.people).toBe(report.created);
      });
    }

    it("rows that fail the contact rules name the field", async () => {
      await fresh();
      const report = await importContacts(ctx, actor, `Vorname;Nachname\r\nAnna;${"B".repeat(150)}\r\n`);
      expect(report.failures[0]?.reason).toEqual({
        de: "Nachname: Höchstens 100 Zeichen.",
        en: "Last name: At most 100 characters.",
      });
    });
  });

  it("writes the same search terms as a contact typed in", async () => {
    await fresh();
    const fields = {
      firstName: "Özlem",
      lastName: "Kaya-Weiß",
      jobTitle: "Leiterin Einkauf",
      channels: [{ kind: "email" as const, label: "work" as const, value: "o.kaya@example.test" }],
      tags: ["Messe 2026"],
    };
    const typed = await buildPerson(ctx, actor, fields);
    const other = await buildWorkspace(ctx);
    await importContacts(
      ctx,
      other.actor,
      `Vorname;Nachname;Position;E-Mail geschäftlich;Schlagwörter;Beziehungen\r\n${fields.firstName};${fields.lastName};${fields.jobTitle};${fields.channels[0]?.value};${fields.tags[0]};\r\n`,
    );
    const [imported] = await allPeople(ctx, other.actor);
    const terms = async (id: string) =>
      (
        await store()
          .db.selectFrom("search_terms")
          .select(["term", "entity_type", "visible_to"])
          .where("entity_id", "=", id)
          .orderBy("term")
          .execute()
      ).map((t) => `${t.term}|${t.entity_type}|${t.visible_to}`);
    expect(await terms(imported?.id ?? "")).toEqual(await terms(typed.id));
    expect(imported).toMatchObject({ ...fields, ownerId: other.actor.userId, stage: "business_contact" });
  });

  it("refuses a read-only actor and writes nothing", async () => {
    await fresh();
    const reader = actorOf(await buildUser(ctx, actor.workspaceId, "read_only"), false);
    await expect(importContacts(ctx, reader, ownCsv(2))).rejects.toThrow(/read-only/);
    expect((await countRows(store(), actor.workspaceId)).people).toBe(0);
  });
});

/** Fixture files holding a company's own card, which creates a company instead of a person. */
const COMPANY_CARDS: Record<string, number> = { [path.join("vcard-styles", "apple-contacts.vcf")]: 1 };
