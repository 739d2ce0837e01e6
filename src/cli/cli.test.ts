import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The real CLI as a user runs it: a separate process on a real SQLite data folder.

const BIN = path.resolve(import.meta.dirname, "../../bin/kundenfreund.js");
const run = (args: string[], dataDir: string) =>
  execFileSync(process.execPath, [BIN, ...args, "--data", dataDir], {
    encoding: "utf8",
    env: { ...process.env, LANG: "C" },
  });

describe("kundenfreund CLI on the demo workspace", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-cli-"));
    expect(run(["demo", "--lang", "en"], dataDir)).toMatch(/Demo loaded in .* contacts in 40 companies/);
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("today prints a readable agenda with reasons, in German and in English", () => {
    const german = run(["today", "--lang", "de", "--date", "2026-11-27"], dataDir);
    expect(german).toMatch(/^Heute — Freitag, 27\. November 2026/);
    expect(german).toMatch(/Offene Fäden:/);
    expect(german).toMatch(/Melden Sie sich bei:/);
    const english = run(["today", "--lang", "en", "--date", "2026-11-27"], dataDir);
    expect(english).toMatch(/^Today — Friday, 27 November 2026/);
    expect(english).toMatch(/Reach out personally to .*: last contact \d+ days ago/);
  }, 30_000);

  it("today lists the best-ranked contacts and loops due and says how many more; --all lists every one", () => {
    const best = run(["today", "--lang", "de", "--date", "2026-11-27"], dataDir);
    const contactsMore = Number(/… und (\d+) weitere fällige Kontakte \(alle mit --all\)/.exec(best)?.[1]);
    expect(contactsMore).toBeGreaterThan(0);
    const loopsMore = Number(/… und (\d+) weitere fällige offene Fäden/.exec(best)?.[1] ?? 0);
    const more = contactsMore + loopsMore;
    const all = run(["today", "--all", "--lang", "de", "--date", "2026-11-27"], dataDir);
    expect(all).not.toMatch(/weitere fällige/);
    const bullets = (text: string) => text.split("\n").filter((line) => line.startsWith("  • ")).length;
    expect(bullets(all)).toBe(bullets(best) + more);
  }, 30_000);

  it("brief prints the Markdown briefing of a person", () => {
    const briefing = run(["brief", "Jürgen Müller", "--lang", "de"], dataDir);
    expect(briefing).toMatch(/^# Gesprächsvorbereitung: Jürgen Müller/);
    expect(briefing).toContain("## Was bei ihr/ihm los ist");
  }, 30_000);

  it("card writes one contact as a vCard for a phone, to the terminal or a file, and names nobody it cannot find", () => {
    const card = run(["card", "Jürgen Müller", "--lang", "de"], dataDir);
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(card).toContain("FN:Jürgen Müller");
    expect(card.match(/BEGIN:VCARD/g)).toHaveLength(1);
    const file = path.join(dataDir, "juergen.vcf");
    const written = run(
      ["card", "Jürgen Müller", "--vcard-version", "4.0", "--out", file, "--lang", "en"],
      dataDir,
    );
    expect(written.trim()).toBe(`Contact card written: ${file} (vCard 4.0).`);
    expect(readFileSync(file, "utf8")).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const nobody = spawnSync(
      process.execPath,
      [BIN, "card", "Niemand Hiergewesen", "--data", dataDir, "--lang", "de"],
      {
        encoding: "utf8",
      },
    );
    expect(nobody.status).toBe(1);
    expect(nobody.stdout.trim()).toBe("Niemand gefunden für „Niemand Hiergewesen“.");
    // A family member is found by name but has no card of their own: said plainly, no stack trace.
    const db = new SqliteDatabase(path.join(dataDir, "kundenfreund.sqlite"), { readonly: true });
    const relative = db
      .prepare(
        "select first_name || ' ' || last_name as name from people where is_contact = 0 order by id limit 1",
      )
      .get() as { name: string };
    db.close();
    const family = spawnSync(
      process.execPath,
      [BIN, "card", relative.name, "--data", dataDir, "--lang", "en"],
      {
        encoding: "utf8",
      },
    );
    expect(family.status).toBe(1);
    expect(family.stdout.trim()).toBe(
      `"${relative.name}" is a family member of a contact and has no card of their own; the name is on the contact's card.`,
    );
    expect(family.stderr).toBe("");
  }, 30_000);

  it("refuses to load the demo twice and says why", () => {
    expect(() => run(["demo", "--lang", "en"], dataDir)).toThrow();
  }, 30_000);
});

describe("kundenfreund names one of two namesakes", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-cli-namesakes-"));
    const file = path.join(dataDir, "namesakes.csv");
    // Without a company the second is not matched with the first by name: two records.
    writeFileSync(
      file,
      "Vorname;Nachname;Firma;E-Mail geschäftlich\r\nVera;Doppel;Acme GmbH;vera@acme.test\r\nVera;Doppel;;vera@privat.test\r\n",
    );
    spawnSync(process.execPath, [BIN, "import", file, "--data", dataDir, "--lang", "en"], {
      encoding: "utf8",
    });
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const card = (name: string) =>
    spawnSync(process.execPath, [BIN, "card", name, "--data", dataDir, "--lang", "en"], {
      encoding: "utf8",
      env: { ...process.env, LANG: "C" },
    });

  it("lists them with company and id, and takes either back", () => {
    const several = card("Vera Doppel");
    expect(several.status).toBe(1);
    const listed = several.stdout.split("\n").filter((line) => line.startsWith("  "));
    // Equal in relevance, the two come in either order.
    expect([...listed].sort()).toEqual([
      expect.stringMatching(/^ {2}Vera Doppel {2}[0-9a-f-]{36}$/),
      expect.stringMatching(/^ {2}Vera Doppel \(Acme GmbH\) {2}[0-9a-f-]{36}$/),
    ]);
    const withCompany = card("vera doppel (acme gmbh)");
    expect(withCompany.status).toBe(0);
    expect(withCompany.stdout).toContain("EMAIL;TYPE=INTERNET,WORK:vera@acme.test");
    const id =
      listed
        .find((line) => !line.includes("("))
        ?.trim()
        .split(/\s+/)
        .pop() ?? "";
    const byId = card(id);
    expect(byId.status).toBe(0);
    expect(byId.stdout).toContain("vera@privat.test");
  }, 30_000);

  it("finds nobody for a company that is not theirs, or an id that is nobody's", () => {
    expect(card("Vera Doppel (Beta AG)")).toMatchObject({
      status: 1,
      stdout: 'Nobody found for "Vera Doppel (Beta AG)".\n',
    });
    const unknown = card("01a25391-0000-7000-8000-000000000000");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Not found: person 01a25391-0000-7000-8000-000000000000");
    expect(unknown.stderr).not.toMatch(/family member|at .*\.js/);
  }, 30_000);
});

describe("kundenfreund import from the command line", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-cli-import-"));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const importing = (file: string, lang: "de" | "en", ...more: string[]) =>
    spawnSync(process.execPath, [BIN, "import", file, "--data", dataDir, "--lang", lang, ...more], {
      encoding: "utf8",
      env: { ...process.env, LANG: "C" },
    });

  it("draws no progress line into a pipe: the report alone", () => {
    const file = path.join(dataDir, "kontakte.csv");
    writeFileSync(file, "Vorname;Nachname;E-Mail geschäftlich\r\nIda;Pipe;ida@pipe.test\r\n");
    const result = importing(file, "en");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Import finished\./);
    expect(result.stdout).toContain("1 read: 1 created");
    expect(result.stderr).not.toContain("\r");
    expect(result.stderr).not.toMatch(/rows|Zeilen/);
  }, 30_000);

  it("names a missing file plainly, in the language asked, and imports nothing", () => {
    const missing = path.join(dataDir, "fehlt.csv");
    const english = importing(missing, "en");
    expect(english.status).toBe(1);
    expect(english.stderr.trim()).toBe(`file: "${missing}" does not exist.`);
    const german = importing(dataDir, "de");
    expect(german.status).toBe(1);
    expect(german.stderr.trim()).toBe(`file: „${dataDir}“ ist keine Datei.`);
    expect(english.stdout + german.stdout).toBe("");
  }, 30_000);

  it("takes the user's column choices with --map, and names a wrong one", () => {
    const file = path.join(dataDir, "fremd.csv");
    writeFileSync(file, "Kontakt;Nom;Courriel\r\nOle;Mapper;ole@mapper.test\r\n");
    const mapped = importing(file, "en", "--dry-run", "--map", "Kontakt=firstName", "--map", "Nom=lastName");
    expect(mapped.status).toBe(0);
    expect(mapped.stdout).toContain("1 read: 1 created");
    const wrong = importing(file, "de", "--map", "Courriel=email.privat");
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^mapping\.Courriel: Unbekanntes Ziel/);
    const shapeless = importing(file, "en", "--map", "Kontakt");
    expect(shapeless.stderr.trim()).toBe(
      'map: "Kontakt": please write it as column=target, e.g. "Mail 2=email.home".',
    );
  }, 30_000);

  it("decides single rows otherwise with --choices, by the lines --dry-run lists", () => {
    const file = path.join(dataDir, "zweimal.csv");
    writeFileSync(
      file,
      "Vorname;Nachname;E-Mail geschäftlich\r\nEda;Wahl;eda@wahl.test\r\nEda;Wahl;eda@wahl.test\r\n",
    );
    const preview = importing(file, "en", "--dry-run");
    expect(preview.stdout).toContain("row 3 (line 3): Eda Wahl – merged into row 2 (line 2) [email]");
    const wrong = importing(file, "de", "--choices", "3:neu");
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe(
      "choices: „3:neu“ ist keine Angabe „Zeile:merge|skip|create“ wie 14:create.",
    );
    expect(importing(file, "en", "--dry-run", "--choices", "3:create").stdout).toContain("2 read: 2 created");
    const chosen = importing(file, "en", "--choices", "3:create");
    expect(chosen.status).toBe(0);
    expect(chosen.stdout).toContain("2 read: 2 created, 0 merged");
    expect(chosen.stdout).toMatch(
      /row 3 \(line 3\): Eda Wahl – created \([0-9a-f-]{36}\), though it resembles Eda Wahl, row 2 \(line 2\) \[email\]/,
    );
  }, 30_000);

  it("applies the columns mapped at the last import of the same layout; --detected-mapping does not", () => {
    const file = path.join(dataDir, "monatsliste.csv");
    writeFileSync(file, "Vorgang;Familie\r\nUte;Monatlich\r\n");
    expect(importing(file, "en", "--map", "Vorgang=firstName", "--map", "Familie=lastName").status).toBe(0);
    writeFileSync(file, "Vorgang;Familie\r\nUdo;Monatlich\r\n");
    const kept = importing(file, "en", "--dry-run");
    expect(kept.stdout).toMatch(
      /Columns mapped as in your import of .*\d{4}: Vorgang → firstName, Familie → lastName\./,
    );
    expect(kept.stdout).toContain("1 read: 1 created");
    const detected = importing(file, "de", "--dry-run", "--detected-mapping");
    expect(detected.stdout).not.toContain("Spalten wie bei Ihrem Import");
    expect(detected.stdout).toContain("1 gelesen: 0 neu");
  }, 30_000);

  it("writes the failed rows to fix with --failed-rows, and says when there are none", () => {
    const file = path.join(dataDir, "geburtstage.csv");
    const failed = path.join(dataDir, "geburtstage-fehlerhaft.csv");
    writeFileSync(
      file,
      "Vorname;Nachname;Geburtstag\r\nAda;Tagfehler;31.02.1980\r\nBo;Richtig;01.02.1980\r\n",
    );
    const result = importing(file, "de", "--dry-run", "--failed-rows", failed);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain(
      `Die fehlerhafte Zeile steht in ${failed}, mit dem Grund in der Spalte „Kundenfreund: Grund“`,
    );
    const [header, row] = readFileSync(failed, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(header).toBe("Vorname;Nachname;Geburtstag;Kundenfreund: Grund");
    expect(row).toMatch(/^Ada;Tagfehler;31\.02\.1980;.*31\.02\.1980/);

    const clean = path.join(dataDir, "sauber.csv");
    writeFileSync(clean, "Vorname;Nachname\r\nBo;Sauber\r\n");
    const none = importing(clean, "en", "--dry-run", "--failed-rows", path.join(dataDir, "none.csv"));
    expect(none.stdout).toContain(`No failed row to write: ${path.join(dataDir, "none.csv")} not written.`);
    expect(existsSync(path.join(dataDir, "none.csv"))).toBe(false);

    const card = path.join(dataDir, "karte.vcf");
    writeFileSync(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vera Karte\r\nEND:VCARD\r\n");
    const vcard = importing(card, "en", "--dry-run", "--failed-rows", path.join(dataDir, "none.csv"));
    expect(vcard.stdout).toContain("--failed-rows applies to CSV files only; nothing written.");
  }, 30_000);

  it("refuses a file it could not write before it imports or exports anything, naming the option", () => {
    const file = path.join(dataDir, "vorab.csv");
    writeFileSync(file, "Vorname;Nachname\r\nVera;Vorab\r\n");
    const missing = path.join(dataDir, "fehlt", "fehlerhaft.csv");
    const refused = importing(file, "de", "--failed-rows", missing);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(`failedRows: Den Ordner „${path.dirname(missing)}“ gibt es nicht.`);
    const folder = importing(file, "en", "--failed-rows", dataDir);
    expect(folder.stderr.trim()).toBe(`failedRows: "${dataDir}" is a folder.`);
    // Nothing was imported: no import of that file is in the history.
    const history = spawnSync(process.execPath, [BIN, "imports", "--data", dataDir, "--lang", "en"], {
      encoding: "utf8",
      env: { ...process.env, LANG: "C" },
    });
    expect(history.status).toBe(0);
    expect(history.stdout).not.toContain("vorab.csv");
    const exported = spawnSync(
      process.execPath,
      [BIN, "export", "--data", dataDir, "--lang", "en", "--format", "csv", "--out", missing],
      { encoding: "utf8", env: { ...process.env, LANG: "C" } },
    );
    expect(exported.status).toBe(1);
    expect(exported.stderr.trim()).toBe(`out: The folder "${path.dirname(missing)}" does not exist.`);
  }, 30_000);

  it("sets the country for phone numbers without a country code, and names a wrong one", () => {
    const settings = (lang: "de" | "en", ...args: string[]) =>
      spawnSync(process.execPath, [BIN, "settings", "--data", dataDir, "--lang", lang, ...args], {
        encoding: "utf8",
        env: { ...process.env, LANG: "C" },
      });
    expect(settings("en").stdout).toContain("Country for phone numbers without a country code: DE");
    const changed = settings("de", "--phone-country", "at");
    expect(changed.status).toBe(0);
    expect(changed.stdout).toContain("Land für Telefonnummern ohne Vorwahl: AT");
    const wrong = settings("en", "--phone-country", "FR");
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^phoneCountry: /);
    expect(settings("en").stdout).toContain("without a country code: AT");
    settings("en", "--phone-country", "DE");
  }, 30_000);

  it("exports only the contacts with a tag, and refuses a tag on a backup", () => {
    const file = path.join(dataDir, "karten.csv");
    writeFileSync(
      file,
      "Vorname;Nachname;Schlagwörter\r\nKarla;Karte;Weihnachtskarte\r\nOtto;Ohnekarte;Kunde\r\n",
    );
    expect(importing(file, "en").status).toBe(0);
    const exporting = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, "export", "--data", dataDir, "--lang", "en", ...args], {
        encoding: "utf8",
        env: { ...process.env, LANG: "C" },
      });
    const tagged = exporting("--format", "csv", "--tag", "Weihnachtskarte");
    expect(tagged.status).toBe(0);
    expect(tagged.stdout).toContain("Karte");
    expect(tagged.stdout).not.toContain("Ohnekarte");
    expect(tagged.stdout.trim().split("\r\n")).toHaveLength(2);
    // English Excel splits at commas, German Excel at semicolons; --delimiter picks the other one.
    expect(tagged.stdout).toMatch(/^\uFEFFFirst name,Last name,Company,/);
    const semicolons = exporting("--format", "csv", "--tag", "Weihnachtskarte", "--delimiter", "semicolon");
    expect(semicolons.stdout).toMatch(/^\uFEFFFirst name;Last name;Company;/);
    const backup = exporting("--format", "json", "--tag", "Weihnachtskarte");
    expect(backup.status).toBe(1);
    expect(backup.stderr).toMatch(/^format: Filters apply to vCard and CSV/);
    expect(backup.stdout).toBe("");
    const vcard = exporting("--format", "vcard", "--delimiter", "comma");
    expect(vcard.status).toBe(1);
    expect(vcard.stderr.trim()).toBe("delimiter: A delimiter applies to CSV only.");
  }, 30_000);

  it("lists the imports and undoes one by the id its report printed", () => {
    const file = path.join(dataDir, "versehen.csv");
    writeFileSync(file, "Vorname;Nachname\r\nUlla;Versehen\r\nUwe;Versehen\r\n");
    const imported = importing(file, "de");
    expect(imported.status).toBe(0);
    const id = /kundenfreund imports undo ([0-9a-f-]{36})/.exec(imported.stdout)?.[1] ?? "";
    expect(id).not.toBe("");
    const imports = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, "imports", ...args, "--data", dataDir, "--lang", "de"], {
        encoding: "utf8",
        env: { ...process.env, LANG: "C" },
      });
    const listed = imports();
    expect(listed.stdout.split("\n")[0]).toContain(`${id}`);
    expect(listed.stdout).toContain("versehen.csv  abgeschlossen · 2 gelesen: 2 neu");
    const undone = imports("undo", id);
    expect(undone.status).toBe(0);
    expect(undone.stdout).toContain("Rückgängig gemacht: 2 Personen und 0 Firmen entfernt; 0 behalten");
    expect(imports().stdout).toContain("rückgängig gemacht (2 entfernt, 0 behalten)");
    const unknown = imports("undo", "01a2b3c4-0000-7000-8000-000000000000");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe("Kein Import mit der Kennung „01a2b3c4-0000-7000-8000-000000000000“.");
  }, 30_000);
});
