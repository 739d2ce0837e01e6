import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { buildCompany, buildPerson, buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { listPeople } from "../people.ts";
import { importContacts, previewImport } from "./import-contacts.ts";
import { findLikelyDuplicates } from "./likely-duplicates.ts";

// A match rests on one piece of evidence (a shared email or phone, or a close name at the same
// company); what else the records say may speak against it (src/core/duplicates/shared-evidence.ts).
// B2B exports carry the company's switchboard as every colleague's phone and team mailboxes as their
// email: merged on that alone, a file's colleagues became one person with everyone's addresses.

/** Outlook's export layout, one contact per row: first, last, email, business phone, company. */
function outlookCsv(...rows: string[][]): string {
  return `${["First Name,Last Name,E-mail Address,Business Phone,Company", ...rows.map((r) => r.join(","))].join("\r\n")}\r\n`;
}

describeEachStore("import matches that the rest of the record speaks against", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeEach(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  const people = async () =>
    (await listPeople(ctx, actor, { limit: 100 })).items.map((p) => ({
      name: `${p.firstName} ${p.lastName}`,
      emails: p.channels.filter((c) => c.kind === "email").map((c) => c.value),
    }));

  it("keeps colleagues apart who share the switchboard, and a second import merges each into their own", async () => {
    const file = outlookCsv(
      ["Anna", "Becker", "anna.becker@acme.de", "+49 89 1234-0", "Acme"],
      ["Bernd", "Vogel", "bernd.vogel@acme.de", "+49 89 1234-0", "Acme"],
      ["Carla", "Weber", "", "+49 89 1234-0", "Acme"],
    );
    expect(await previewImport(ctx, actor, file)).toMatchObject({ created: 3, merged: 0 });
    expect(await importContacts(ctx, actor, file)).toMatchObject({ created: 3, merged: 0, duplicates: [] });
    const again = await importContacts(ctx, actor, file);
    expect(again).toMatchObject({ created: 0, merged: 3 });
    expect(new Set(again.duplicates.map((d) => d.personId)).size).toBe(3);
    expect(await people()).toEqual(
      expect.arrayContaining([
        { name: "Anna Becker", emails: ["anna.becker@acme.de"] },
        { name: "Bernd Vogel", emails: ["bernd.vogel@acme.de"] },
        { name: "Carla Weber", emails: [] },
      ]),
    );
  });

  it("keeps two Annas apart who share only the switchboard, and the person page proposes them", async () => {
    const file = outlookCsv(
      ["Anna", "Becker", "", "+49 89 1234-0", "Acme"],
      ["Anna", "Schulz", "", "+49 89 1234-0", "Acme"],
      ["A.", "Becker", "", "+49 89 1234-0", "Acme"],
    );
    const report = await importContacts(ctx, actor, file);
    expect(report).toMatchObject({ created: 2, merged: 1 });
    expect(report.duplicates).toEqual([expect.objectContaining({ line: 4, matchedBy: "phone" })]);
    const byName = new Map(
      (await listPeople(ctx, actor, { limit: 100 })).items.map((p) => [`${p.firstName} ${p.lastName}`, p.id]),
    );
    expect([...byName.keys()].sort()).toEqual(["Anna Becker", "Anna Schulz"]);
    // Perhaps one Anna under a new surname: that is for the user to say, not for the import.
    const proposed = await findLikelyDuplicates(ctx, actor, byName.get("Anna Schulz")!);
    expect(proposed.map((d) => [d.person.id, d.matchedBy])).toEqual([[byName.get("Anna Becker"), ["phone"]]]);
  });

  it("keeps Michael and Michaela Schmidt apart by their mailboxes, and still merges a row without one", async () => {
    const file = outlookCsv(
      ["Michael", "Schmidt", "m.schmidt@acme.de", "", "Acme"],
      ["Michaela", "Schmidt", "michaela.schmidt@acme.de", "", "Acme"],
      ["Michal", "Schmidt", "", "", "Acme"],
    );
    const report = await importContacts(ctx, actor, file);
    expect(report).toMatchObject({ created: 2, merged: 1 });
    expect(report.duplicates).toEqual([expect.objectContaining({ line: 4, matchedBy: "name" })]);
    expect((await people()).map((p) => p.name).sort()).toEqual(["Michael Schmidt", "Michaela Schmidt"]);
  });

  it("reads a stored colleague's mailboxes before merging a close name into them", async () => {
    const acme = await buildCompany(ctx, actor, { name: "Acme" });
    const michael = await buildPerson(ctx, actor, {
      firstName: "Michael",
      lastName: "Schmidt",
      companyId: acme.id,
      channels: [{ kind: "email", value: "M.Schmidt@acme.de" }],
    });
    const report = await importContacts(
      ctx,
      actor,
      outlookCsv(
        ["Michaela", "Schmidt", "michaela.schmidt@acme.de", "", "ACME"],
        ["Michael", "Schmidt", "michael.schmidt@gmail.com", "", "Acme"],
      ),
    );
    // Michaela's own address at acme.de speaks against her being Michael; a private one does not.
    expect(report).toMatchObject({ created: 1, merged: 1, mergedIntoExisting: 1 });
    expect(report.duplicates).toEqual([
      expect.objectContaining({ line: 3, action: "merged", personId: michael.id, matchedBy: "name" }),
    ]);
  });

  it("finds the owner of a team mailbox whose name fits, not the first one stored with it", async () => {
    const anna = await buildPerson(ctx, actor, {
      firstName: "Anna",
      lastName: "Becker",
      channels: [{ kind: "email", value: "einkauf@acme.de" }],
    });
    const bernd = await buildPerson(ctx, actor, {
      firstName: "Bernd",
      lastName: "Vogel",
      channels: [{ kind: "email", value: "einkauf@acme.de" }],
    });
    const report = await importContacts(
      ctx,
      actor,
      outlookCsv(
        ["Bernd", "Vogel", "einkauf@acme.de", "", ""],
        ["A.", "Becker", "einkauf@acme.de", "", ""],
        ["Carla", "Weber", "einkauf@acme.de", "", ""],
      ),
    );
    expect(report).toMatchObject({ created: 1, merged: 2 });
    expect(report.duplicates.map((d) => [d.line, d.personId, d.matchedBy])).toEqual([
      [2, bernd.id, "email"],
      [3, anna.id, "email"],
    ]);
  });

  it("merges a short form of the first name by a shared address: Tom is Thomas", async () => {
    const thomas = await buildPerson(ctx, actor, {
      firstName: "Thomas",
      lastName: "Becker",
      channels: [{ kind: "email", value: "t.becker@acme.de" }],
    });
    const report = await importContacts(
      ctx,
      actor,
      outlookCsv(["Tom", "Becker", "t.becker@acme.de", "", "Acme"], ["Christoph", "Becker", "", "", "Acme"]),
    );
    expect(report).toMatchObject({ created: 1, merged: 1 });
    expect(report.duplicates).toEqual([
      expect.objectContaining({ line: 2, action: "merged", personId: thomas.id, matchedBy: "email" }),
    ]);
  });

  it("still merges the same person under a new surname by a shared address", async () => {
    const anna = await buildPerson(ctx, actor, {
      firstName: "Anna",
      lastName: "Becker",
      channels: [{ kind: "email", value: "anna@example.org" }],
    });
    const report = await importContacts(
      ctx,
      actor,
      outlookCsv(["Anna", "Becker-Schulz", "anna@example.org", "", ""]),
    );
    expect(report.duplicates).toEqual([
      expect.objectContaining({ action: "merged", personId: anna.id, matchedBy: "email" }),
    ]);
  });
});
