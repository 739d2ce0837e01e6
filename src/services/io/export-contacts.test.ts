import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import type { ContactRecord } from "../../io/contact-record.ts";
import { readContactPages } from "../../store/export-people.ts";
import {
  actorOf,
  buildCompany,
  buildFact,
  buildPerson,
  buildUser,
  buildWorkspace,
  testContext,
} from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { listPeople } from "../people.ts";
import { createRelation } from "../relations.ts";
import { exportContacts, toContactRecord } from "./export-contacts.ts";
import { importContacts } from "./import-contacts.ts";

async function collect(body: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of body) text += chunk;
  return text;
}

/** What a round trip must keep, in an order-free form (CSV groups channels by column). */
async function contactsOf(ctx: ServiceContext, actor: Actor): Promise<Array<Omit<ContactRecord, "uid">>> {
  const records: Array<Omit<ContactRecord, "uid">> = [];
  for await (const page of readContactPages(ctx.store.db, actor.workspaceId, actor.userId, { pageSize: 3 })) {
    for (const contact of page) {
      const { uid: _uid, ...record } = toContactRecord(contact);
      records.push({
        ...record,
        channels: [...record.channels].sort((a, b) =>
          `${a.kind}${a.label}${a.value}`.localeCompare(`${b.kind}${b.label}${b.value}`),
        ),
        tags: [...record.tags].sort(),
      });
    }
  }
  return records;
}

describeEachStore("contact export", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  let member: Actor;

  beforeAll(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
    const company = await buildCompany(ctx, actor, { name: "Müller & Söhne KG" });
    const anna = await buildPerson(ctx, actor, {
      firstName: "Anna-Lena",
      lastName: "Groß",
      companyId: company.id,
      jobTitle: "Leiterin Einkauf; Technik",
      birthday: { day: 29, month: 2, year: 1980 },
      notes: "Mag Segeln, Wein; und Fußball.\nZweite Zeile",
      howWeMet: "Hannover Messe 2019; am Stand, beim Kaffee",
      knownSince: "2019-04-02",
      tags: ["VIP", "Messe 2026"],
      photoUrl: "https://example.test/anna.jpg",
      stanceReason: "Geheimer Grund der Haltung",
      channels: [
        { kind: "email", label: "work", value: "anna@mueller-soehne.de" },
        { kind: "email", label: "home", value: "anna@example.test" },
        { kind: "phone", label: "mobile", value: "+49 171 5551234" },
        { kind: "phone", label: "work", value: "+49 711 555-0" },
        { kind: "address", label: "work", value: "Königstraße 1, 70173 Stuttgart, Deutschland" },
        { kind: "website", label: "work", value: "https://mueller-soehne.de" },
      ],
    });
    const leon = await buildPerson(ctx, actor, { firstName: "Leon", lastName: "Groß", isContact: false });
    await createRelation(ctx, actor, { personId: anna.id, relatedPersonId: leon.id, kind: "child" });
    const ben = await buildPerson(ctx, actor, {
      firstName: "Ben",
      lastName: "Otto",
      birthday: { day: 3, month: 11, year: null },
    });
    await buildPerson(ctx, actor, { firstName: "", lastName: "Kaya" });
    member = actorOf(await buildUser(ctx, actor.workspaceId, "member"));
    await buildFact(ctx, actor, anna.id, { text: "Privat: Tochter heiratet im Mai" });
    // Her wedding day, as an import of her card keeps it: the exports write it back (decision 125).
    await buildFact(ctx, actor, anna.id, {
      category: "important_date",
      text: "Hochzeitstag",
      refersTo: "2008-06-14",
    });
    // Another important date is no anniversary; Ben's wedding day is the member's, private to them.
    await buildFact(ctx, actor, anna.id, {
      category: "important_date",
      text: "Firmenjubiläum",
      refersTo: "1990-01-02",
    });
    await buildFact(ctx, member, ben.id, {
      category: "important_date",
      text: "Wedding anniversary",
      refersTo: "2015-09-05",
    });
  });

  it("carries the wedding day its user keeps as an important date, and no other date", async () => {
    const [anna] = (await contactsOf(ctx, actor)).filter((c) => c.firstName === "Anna-Lena");
    expect(anna?.anniversary).toEqual({ day: 14, month: 6, year: 2008 });
    const csv = await collect(exportContacts(ctx, actor, { format: "csv" }, "de").body);
    expect(csv).toContain("14.06.2008");
    expect(csv).not.toContain("02.01.1990");
    expect(csv).not.toContain("05.09.2015");
    for (const version of ["4.0", "3.0"] as const) {
      const vcard = await collect(exportContacts(ctx, actor, { format: "vcard", version }, "de").body);
      expect(vcard).toMatch(/2008-?06-?14/);
      expect(vcard).not.toMatch(/1990-?01-?02/);
    }
  });

  it("carries how they met and since when, which the round trips below compare", async () => {
    const [anna] = (await contactsOf(ctx, actor)).filter((c) => c.firstName === "Anna-Lena");
    expect(anna).toMatchObject({
      howWeMet: "Hannover Messe 2019; am Stand, beim Kaffee",
      knownSince: { day: 2, month: 4, year: 2019 },
    });
  });

  for (const [format, version] of [
    ["vcard", "4.0"],
    ["vcard", "3.0"],
    ["csv", "4.0"],
  ] as const) {
    it(`${format} ${format === "vcard" ? version : "(German Excel)"}: export and import into a fresh workspace gives the same people`, async () => {
      const exported = exportContacts(ctx, actor, { format, version }, "de");
      const text = await collect(exported.body);
      expect(exported.contentType).toMatch(format === "csv" ? /^text\/csv/ : /^text\/vcard/);
      expect(exported.filename).toMatch(format === "csv" ? /\.csv$/ : /\.vcf$/);
      const fresh = await buildWorkspace(ctx);
      const report = await importContacts(ctx, fresh.actor, text);
      expect(report).toMatchObject({ created: 3, failed: 0, familyMembersCreated: 1 });
      expect(await contactsOf(ctx, fresh.actor)).toEqual(await contactsOf(ctx, actor));
    });
  }

  it("shows a member nothing private: no facts, no anniversary of someone else's, no stance reasons", async () => {
    for (const format of ["vcard", "csv"] as const) {
      const text = await collect(exportContacts(ctx, member, { format }, "en").body);
      expect(text).toContain("Groß");
      expect(text).not.toContain("Tochter heiratet");
      expect(text).not.toContain("Geheimer Grund");
      expect(text).not.toMatch(/2008/);
    }
    // Their own private wedding day of Ben's is theirs to take along.
    const anniversaries = (await contactsOf(ctx, member)).map((c) => [c.firstName, c.anniversary]);
    expect(anniversaries).toEqual([
      ["Anna-Lena", null],
      ["", null],
      ["Ben", { day: 5, month: 9, year: 2015 }],
    ]);
  });

  it("counts its contacts for a progress bar, and reports each one written", async () => {
    const reported: number[] = [];
    const exported = exportContacts(ctx, actor, { format: "csv" }, "en", {
      onProgress: (done) => reported.push(done),
    });
    const total = await exported.total();
    const text = await collect(exported.body);
    // Anna, Ben and Kaya; Leon is a family member, named on Anna's card only.
    expect(total).toBe(3);
    expect(reported).toEqual([1, 2, 3]);
    expect(text.trim().split("\r\n")).toHaveLength(1 + total);
  });

  it("exports a filtered list as the contacts list shows it, and counts just those", async () => {
    const listed = async (filters: { tag?: string; stage?: "business_contact" }) =>
      (await listPeople(ctx, actor, { limit: 100, ...filters })).items.map((p) => p.lastName).sort();
    const cases: Array<{ tag?: string; stage?: "business_contact" }> = [
      { tag: "VIP" },
      { tag: "Nobody" },
      { stage: "business_contact" },
    ];
    for (const filters of cases) {
      const exported = exportContacts(ctx, actor, { format: "csv", ...filters }, "de");
      const rows = (await collect(exported.body)).trim().split("\r\n").slice(1);
      const names = await listed(filters);
      expect(await exported.total()).toBe(names.length);
      expect(rows).toHaveLength(names.length);
      for (const name of names) expect(rows.some((row) => row.includes(name))).toBe(true);
    }
    const vips = await collect(exportContacts(ctx, actor, { format: "vcard", tag: "VIP" }, "de").body);
    expect(vips).toContain("Anna-Lena");
    expect(vips).not.toContain("Otto");
  });

  it("refuses filters on a backup, which always holds the whole workspace", () => {
    expect(() => exportContacts(ctx, actor, { format: "json", tag: "VIP" }, "de")).toThrow(/format/);
  });

  it("streams large workspaces page by page in name order", async () => {
    const pages: number[] = [];
    for await (const page of readContactPages(ctx.store.db, actor.workspaceId, actor.userId, { pageSize: 2 }))
      pages.push(page.length);
    expect(pages).toEqual([2, 1]);
  });
});
