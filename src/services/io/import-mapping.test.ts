import { beforeEach, expect, it } from "vitest";
import { ValidationError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import { buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { getPerson } from "../people.ts";
import { importContacts, previewImport } from "./import-contacts.ts";

// A CSV from a CRM no preset knows: the header words propose a mapping, the user corrects it.
const CSV = [
  "Kontakt;Nom;Courriel;Intern;Notizen",
  "Ida;Zuordnung;ida@zuordnung.test;Kostenstelle 4711;Trifft man auf der Messe",
].join("\r\n");

describeEachStore("a CSV mapping the user edits", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeEach(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  it("the preview shows what the header words propose, and which columns nothing reads", async () => {
    const preview = await previewImport(ctx, actor, CSV);
    expect(preview.csv).toMatchObject({
      preset: "generic",
      headers: ["Kontakt", "Nom", "Courriel", "Intern", "Notizen"],
    });
    // "Kontakt", "Nom" and "Courriel" are no words the generic mapping knows: the row has only notes.
    expect(preview.csv?.mapping).toEqual({ Notizen: "notes" });
    expect(preview).toMatchObject({ created: 0, failed: 1 });
  });

  it("imports with the user's columns: their targets, ignored columns left out, the rest as detected", async () => {
    const mapping = { Kontakt: "firstName", Nom: "lastName", Courriel: "email.home", Notizen: "ignore" };
    const preview = await previewImport(ctx, actor, CSV, { mapping });
    expect(preview.csv?.mapping).toEqual({
      Kontakt: "firstName",
      Nom: "lastName",
      Courriel: "email.home",
    });
    expect(preview.samples[0]?.record).toMatchObject({
      firstName: "Ida",
      lastName: "Zuordnung",
      notes: null,
    });

    const report = await importContacts(ctx, actor, CSV, { mapping });
    expect(report).toMatchObject({ created: 1, failed: 0, warnings: [] });
    const person = await getPerson(ctx, actor, await firstPersonId());
    expect(person).toMatchObject({
      firstName: "Ida",
      lastName: "Zuordnung",
      notes: null,
      channels: [{ kind: "email", label: "home", value: "ida@zuordnung.test" }],
    });
  });

  it("says when the mapping names a column the file does not have", async () => {
    const report = await previewImport(ctx, actor, CSV, {
      mapping: { Kontakt: "firstName", Nom: "lastName", Telefon: "phone.work" },
    });
    expect(report.csv?.unknownColumns).toEqual(["Telefon"]);
    expect(report.warnings).toEqual([
      {
        line: 1,
        row: null,
        message: expect.objectContaining({
          en: 'The mapping names the column "Telefon", which the file does not have.',
        }),
      },
    ]);
    expect(report.created).toBe(1);
  });

  it("says that a mapping sent with a vCard file is not used", async () => {
    const vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Karte;Vera;;;\r\nFN:Vera Karte\r\nEND:VCARD\r\n";
    const report = await previewImport(ctx, actor, vcard, { mapping: { Kontakt: "firstName" } });
    expect(report).toMatchObject({ format: "vcard", created: 1, csv: null });
    expect(report.warnings.map((w) => w.message.en)).toEqual([
      "A column mapping applies to CSV files only; this vCard file is read without it.",
    ]);
  });

  it("refuses an unknown target and names the column", async () => {
    const refused = importContacts(ctx, actor, CSV, { mapping: { Courriel: "email.private" } });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({
      problems: [
        {
          field: "mapping.Courriel",
          code: "invalid",
          message: { en: expect.stringContaining("Unknown target") },
        },
      ],
    });
  });

  async function firstPersonId(): Promise<string> {
    const row = await store()
      .db.selectFrom("people")
      .select("id")
      .where("workspace_id", "=", actor.workspaceId)
      .executeTakeFirstOrThrow();
    return row.id;
  }
});
