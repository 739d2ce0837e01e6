import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { type caller, memberCaller, signedInClient, uploader } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

const FIXTURES = path.join(import.meta.dirname, "../io/fixtures");

describeEachStore("API: import, export, backup and merge", (store) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let member: ReturnType<typeof caller>;

  beforeAll(async () => {
    client = await signedInClient(store());
    member = await memberCaller(client);
  });

  const upload = (url: string, payload: string | Buffer, contentType: string) =>
    uploader(client.app, client.token)(url, payload, contentType);

  it("previews a CSV upload without writing, then imports it", async () => {
    const csv = readFileSync(path.join(FIXTURES, "csv", "google-contacts.csv"));
    const preview = await upload("/api/import/preview", csv, "text/csv");
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      dryRun: true,
      format: "csv",
      rowsRead: 2,
      created: 1,
      failed: 1,
      csv: { preset: "google" },
      samples: [{ line: 2, row: 2, record: { firstName: "Anna", lastName: "Schmidt" } }],
    });
    expect((await client.call("GET", "/api/people")).body.total).toBe(0);

    const imported = await upload("/api/import?onDuplicate=skip", csv, "text/csv; charset=utf-8");
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ dryRun: false, created: 1, failed: 1, onDuplicate: "skip" });
    expect(imported.json().failures[0]).toMatchObject({
      line: 4,
      row: 3,
      reason: { en: expect.stringContaining("1979-02-30") },
    });
    expect((await client.call("GET", "/api/people")).body.total).toBe(1);

    const again = await upload("/api/import?onDuplicate=skip", csv, "text/csv");
    expect(again.json()).toMatchObject({ created: 0, skipped: 1 });

    // Imports are logged with their counts, never the people in them; previews write nothing.
    const log = (await client.call("GET", "/api/audit?action=import")).body.items as Array<{
      detail: Record<string, unknown>;
    }>;
    expect(log.map((entry) => entry.detail)).toEqual([
      expect.objectContaining({ preset: "google", created: 0, skipped: 1, aborted: false }),
      expect.objectContaining({ preset: "google", created: 1, failed: 1, rowsRead: 2, aborted: false }),
    ]);
    expect(JSON.stringify(log)).not.toContain("Schmidt");
  });

  it("takes the user's CSV mapping as JSON in the query, and names a broken one", async () => {
    const people = async () => (await client.call("GET", "/api/people")).body.total;
    const before = await people();
    const csv = "Kontakt;Nom;Courriel\r\nOle;Spaltenmann;ole@spalten.test\r\n";
    const mapping = { Kontakt: "firstName", Nom: "lastName", Courriel: "email.work" };
    const query = (value: string) => `/api/import/preview?mapping=${encodeURIComponent(value)}`;
    const preview = await upload(query(JSON.stringify(mapping)), csv, "text/csv");
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      created: 1,
      csv: { mapping, unknownColumns: [] },
      samples: [{ record: { firstName: "Ole", lastName: "Spaltenmann" } }],
    });

    const notJson = await upload(query("{Kontakt: firstName}"), csv, "text/csv");
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.fields).toEqual([
      { field: "mapping", code: "invalid", message: expect.stringContaining("Not valid JSON") },
    ]);
    const wrongTarget = await upload(query('{"Courriel":"email.private"}'), csv, "text/csv");
    expect(wrongTarget.statusCode).toBe(400);
    expect(wrongTarget.json().error.fields).toEqual([
      { field: "mapping.Courriel", code: "invalid", message: expect.stringContaining("Unknown target") },
    ]);
    expect(await people()).toBe(before);
  });

  it("takes choices for single rows in the query, and names a broken one without importing", async () => {
    const people = async () => Number((await client.call("GET", "/api/people")).body.total);
    const csv =
      "Vorname;Nachname;E-Mail geschäftlich\r\nWahl;Zeilenfrau;wahl@zeilen.test\r\nWahl;Zeilenfrau;wahl@zeilen.test\r\nWahl;Zeilenfrau;wahl@zeilen.test\r\n";
    const before = await people();
    const broken = await upload("/api/import?choices=3:maybe", csv, "text/csv");
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.fields).toEqual([
      { field: "choices", code: "invalid", message: expect.stringContaining('"3:maybe" is not') },
    ]);
    expect(await people()).toBe(before);

    // The preview answers for the same policy and choices, and writes nothing.
    const preview = await upload("/api/import/preview?onDuplicate=skip&choices=3:create", csv, "text/csv");
    expect(preview.json()).toMatchObject({ dryRun: true, created: 2, skipped: 1 });
    expect(preview.json().duplicates).toEqual([
      expect.objectContaining({ line: 3, action: "created", personId: null, matchedAt: { line: 2, row: 2 } }),
      expect.objectContaining({ line: 4, action: "skipped", personId: null, matchedAt: { line: 2, row: 2 } }),
    ]);
    expect(await people()).toBe(before);

    const imported = await upload("/api/import?onDuplicate=skip&choices=3:create", csv, "text/csv");
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ created: 2, skipped: 1 });
    expect(imported.json().duplicates).toEqual([
      expect.objectContaining({ line: 3, action: "created", matchedName: "Wahl Zeilenfrau" }),
      expect.objectContaining({ line: 4, action: "skipped", matchedAt: { line: 2, row: 2 } }),
    ]);
    expect(await people()).toBe(before + 2);
  });

  it("answers with the failed rows as a CSV to fix, the reason column in the reader's language", async () => {
    const csv = "Vorname;Nachname;Geburtstag\r\nAda;Tagfehler;31.02.1980\r\nBo;Gut;01.02.1980\r\n";
    const german = await uploader(client.app, client.token, "de")("/api/import/preview", csv, "text/csv");
    expect(german.statusCode).toBe(200);
    expect(german.json().failedRows).toEqual({
      csv: expect.stringMatching(
        /^\uFEFFVorname;Nachname;Geburtstag;Kundenfreund: Grund\r\nAda;Tagfehler;31\.02\.1980;.+\r\n$/,
      ),
      rows: 1,
      notIncluded: 0,
    });
    const english = await upload("/api/import/preview", csv, "text/csv");
    expect(english.json().failedRows.csv).toContain("Kundenfreund: reason");
    // Nothing failed, nothing to hand back.
    const clean = await upload("/api/import/preview", "Vorname;Nachname\r\nBo;Gut\r\n", "text/csv");
    expect(clean.json().failedRows).toBeNull();
  });

  it("names an Excel workbook sent instead of its CSV, and reads nothing of it", async () => {
    const workbook = Buffer.concat([Buffer.from("PK\x03\x04\x14\x00", "latin1"), Buffer.alloc(2_000, 1)]);
    const german = uploader(client.app, client.token, "de");
    const preview = await german("/api/import/preview", workbook, "application/octet-stream");
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ rowsRead: 0, created: 0, csv: null, failedRows: null });
    expect(preview.json().aborted.de).toMatch(/Excel-.*CSV UTF-8/);
  });

  it("keeps an import's CSV mapping for the next file with the same columns", async () => {
    const mapping = { Vorgang: "firstName", Familie: "lastName" };
    const query = `/api/import?mapping=${encodeURIComponent(JSON.stringify(mapping))}`;
    const imported = await upload(query, "Vorgang;Familie\r\nUte;Merkmann\r\n", "text/csv");
    expect(imported.statusCode).toBe(200);
    expect(imported.json().csv).toMatchObject({ corrections: mapping, savedMappingAt: null });

    const next = await upload("/api/import/preview", "Vorgang;Familie\r\nUdo;Merkmann\r\n", "text/csv");
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({
      created: 1,
      csv: { corrections: mapping, savedMappingAt: expect.any(String) },
      samples: [{ record: { firstName: "Udo", lastName: "Merkmann" } }],
    });
  });

  it("detects a vCard sent as application/octet-stream", async () => {
    const vcf = readFileSync(path.join(FIXTURES, "vcard-styles", "android-2.1-utf8.vcf"));
    const response = await upload("/api/import?filename=kontakte.vcf", vcf, "application/octet-stream");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ format: "vcard", rowsRead: 2, failed: 0 });
  });

  it("takes uploads larger than the JSON limit", async () => {
    const rows = ["Vorname;Nachname;E-Mail geschäftlich;Notizen;Beziehungen"];
    for (let i = 0; i < 20_000; i += 1) {
      const code = i.toString(26);
      rows.push(`Gro${code};Kunde${code}x${code};k${i}@example.test;Kennengelernt auf der Messe;`);
    }
    const csv = rows.join("\r\n");
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1024 * 1024);
    const response = await upload("/api/import/preview", csv, "text/csv");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ rowsRead: 20_000, failed: 0, created: 20_000 });
  });

  it("refuses JSON, a missing file, an unknown preset, an oversized declared length and uploads to other routes", async () => {
    const json = await client.call("POST", "/api/import", { file: "x" });
    expect(json.status).toBe(400);
    expect(json.body.error).toMatchObject({
      code: "validation_failed",
      fields: [{ field: "", code: "invalid_type" }],
    });
    const preset = await upload("/api/import?preset=excel", "a;b", "text/csv");
    expect(preset.statusCode).toBe(400);
    expect(preset.json().error.fields).toEqual([
      { field: "preset", code: "unknown_value", message: expect.stringContaining("google") },
    ]);
    const elsewhere = await upload("/api/people", "Vorname\nAnna", "text/csv");
    expect(elsewhere.statusCode).toBe(415);
    const huge = await client.app.inject({
      method: "POST",
      url: "/api/import",
      payload: "a",
      headers: {
        authorization: `Bearer ${client.token}`,
        "content-type": "text/csv",
        "content-length": String(300 * 1024 * 1024),
      },
    });
    expect(huge.statusCode).toBe(413);
    const anonymous = await client.app.inject({
      method: "POST",
      url: "/api/import",
      payload: "Vorname\nAnna",
      headers: { "content-type": "text/csv" },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("exports vCard and CSV as downloads", async () => {
    const vcard = await client.call("GET", "/api/export?format=vcard&version=3.0");
    expect(vcard.status).toBe(200);
    expect(vcard.response.headers["content-type"]).toMatch(/^text\/vcard/);
    expect(vcard.response.headers["content-disposition"]).toMatch(
      /^attachment; filename="kundenfreund-.*\.vcf"$/,
    );
    expect(vcard.response.body).toContain("VERSION:3.0");
    expect(vcard.response.body).toContain("FN:Anna Schmidt");
    const csv = await client.call("GET", "/api/export?format=csv&lang=de");
    expect(csv.response.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.response.body).toContain("Vorname;Nachname;");
    const english = await client.call("GET", "/api/export?format=csv");
    expect(english.response.body).toContain("First name,Last name,");
    const semicolons = await client.call("GET", "/api/export?format=csv&delimiter=semicolon");
    expect(semicolons.response.body).toContain("First name;Last name;");
    const refused = await client.call("GET", "/api/export?format=vcard&delimiter=comma");
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ fields: [expect.objectContaining({ field: "delimiter" })] });
    const bad = await client.call("GET", "/api/export?format=xlsx");
    expect(bad.status).toBe(400);
  });

  it("downloads one contact as a vCard named after them, for a phone", async () => {
    const created = await client.call("POST", "/api/people", {
      firstName: "Jörg",
      lastName: "Groß/Klein",
      channels: [{ kind: "phone", label: "mobile", value: "+49 171 5550123" }],
      birthday: { day: 12, month: 4, year: null },
    });
    const id = (created.body as { id: string }).id;
    const child = await client.call("POST", "/api/people", {
      firstName: "Mia",
      lastName: "Groß",
      isContact: false,
    });
    const childId = (child.body as { id: string }).id;
    await client.call("POST", "/api/relations", { personId: id, relatedPersonId: childId, kind: "child" });

    const card = await client.call("GET", `/api/people/${id}/vcard`);
    expect(card.status).toBe(200);
    expect(card.response.headers["content-type"]).toMatch(/^text\/vcard/);
    expect(card.response.headers["content-disposition"]).toBe(
      `attachment; filename="J_rg Gro_ Klein.vcf"; filename*=UTF-8''J%C3%B6rg%20Gro%C3%9F%20Klein.vcf`,
    );
    const text = card.response.body;
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect(text).toContain("VERSION:3.0");
    expect(text).toContain("FN:Jörg Groß/Klein");
    expect(text).toContain("+49 171 5550123");
    // A birthday without a year as Apple Contacts and iOS read it in a 3.0 card.
    expect(text).toContain("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12");
    expect(text).toContain("Mia Groß");
    expect((await client.call("GET", `/api/people/${id}/vcard?version=4.0`)).response.body).toContain(
      "VERSION:4.0",
    );

    // Family members are known by name only: no card of their own. Unknown ids are 404, a bad one 400.
    expect((await client.call("GET", `/api/people/${childId}/vcard`)).status).toBe(404);
    expect((await client.call("GET", "/api/people/01a2b3c4-0000-7000-8000-000000000000/vcard")).status).toBe(
      404,
    );
    const badVersion = await client.call("GET", `/api/people/${id}/vcard?version=2.1`);
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.error).toMatchObject({ fields: [expect.objectContaining({ field: "version" })] });
  });

  it("exports the contacts list as it is filtered, and refuses filters on a backup", async () => {
    await client.call("POST", "/api/people", {
      firstName: "Vera",
      lastName: "Filterhof",
      tags: ["Weihnachtskarte"],
    });
    const tagged = await client.call("GET", "/api/export?format=csv&tag=Weihnachtskarte");
    expect(tagged.status).toBe(200);
    const rows = tagged.response.body.trim().split("\r\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain("Filterhof");
    const backup = await client.call("GET", "/api/export?format=json&tag=Weihnachtskarte");
    expect(backup.status).toBe(400);
    expect(backup.body.error).toMatchObject({ fields: [expect.objectContaining({ field: "format" })] });
  });

  it("gives the full backup to owners only", async () => {
    const backup = await client.call("GET", "/api/backup");
    expect(backup.status).toBe(200);
    expect(backup.response.headers["content-disposition"]).toMatch(/kundenfreund-backup-.*\.json/);
    expect(backup.body).toMatchObject({
      format: "kundenfreund-backup",
      version: 1,
      workspaceId: client.workspace.id,
    });
    const viaExport = await client.call("GET", "/api/export?format=json");
    // Both are the same backup; only the audit log grew by the first backup's own entry.
    const withoutAudit = (text: string) => {
      const parsed = JSON.parse(text) as { createdAt?: string; tables: Array<{ name: string }> };
      return { ...parsed, createdAt: "", tables: parsed.tables.filter((t) => t.name !== "audit_log") };
    };
    expect(withoutAudit(viaExport.response.body)).toEqual(withoutAudit(backup.response.body));
    for (const url of ["/api/backup", "/api/export?format=json"]) {
      const refused = await member("GET", url);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({
        code: "forbidden",
        message: "Only owners and admins may create a full backup.",
      });
    }
    expect((await member("GET", "/api/export?format=vcard")).status).toBe(200);
  });

  it("merges two people", async () => {
    const a = (await client.call("POST", "/api/people", { firstName: "Jan", lastName: "Becker" })).body
      .id as string;
    const b = (
      await client.call("POST", "/api/people", {
        firstName: "Jan",
        lastName: "Bäcker",
        jobTitle: "Einkauf",
        channels: [{ kind: "email", value: "jan@becker.de" }],
      })
    ).body.id as string;
    // A third record: the same name as one, the same email as the other.
    const c = (
      await client.call("POST", "/api/people", {
        firstName: "Jan",
        lastName: "Becker",
        channels: [{ kind: "email", value: "JAN@becker.de" }],
      })
    ).body.id as string;
    const suggested = await client.call("GET", `/api/people/${b}/duplicates`);
    expect(suggested.status).toBe(200);
    expect(suggested.body.items).toEqual([
      { person: expect.objectContaining({ id: c }), companyName: null, matchedBy: ["email"] },
    ]);
    expect((await client.call("GET", `/api/people/${a}/duplicates`)).body.items).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ id: c }), matchedBy: ["name"] }),
    ]);
    const merged = await client.call("POST", `/api/people/${a}/merge`, { mergeId: b });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ id: a, lastName: "Becker", jobTitle: "Einkauf" });
    expect((await client.call("GET", `/api/people/${b}`)).status).toBe(404);
    const log = (await client.call("GET", "/api/audit?action=merge")).body.items;
    expect(log).toEqual([
      expect.objectContaining({ targetType: "person", targetId: a, detail: { mergedId: b } }),
    ]);
    const self = await client.call("POST", `/api/people/${a}/merge`, { mergeId: a });
    expect(self.status).toBe(400);
  });
});
