import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { DialectName } from "../store/dialect.ts";
import type { Db } from "../store/open-store.ts";
import { type caller, memberCaller, signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// Right to erasure (decision 083). After erasure, a search of the WHOLE database — every table
// and every text column, read from the catalog, search_terms and audit_log included — finds none
// of the person's strings.

async function textColumns(db: Db, dialect: DialectName): Promise<Array<{ table: string; column: string }>> {
  if (dialect === "postgres") {
    const { rows } = await sql<{ table_name: string; column_name: string }>`select table_name, column_name
      from information_schema.columns where table_schema = current_schema()
      and data_type in ('text', 'character varying', 'character')`.execute(db);
    return rows.map((r) => ({ table: r.table_name, column: r.column_name }));
  }
  const out: Array<{ table: string; column: string }> = [];
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
  for (const { name } of tables.rows) {
    const columns = await sql<{
      name: string;
      type: string;
    }>`select name, type from pragma_table_info(${name})`.execute(db);
    for (const c of columns.rows)
      if (/text|char|clob/i.test(c.type)) out.push({ table: name, column: c.name });
  }
  return out;
}

/** Every place in the database where one of the needles still appears, as "table.column: value". */
async function findAnywhere(db: Db, dialect: DialectName, needles: string[]): Promise<string[]> {
  const hits: string[] = [];
  const columns = await textColumns(db, dialect);
  expect(columns.map((c) => c.table)).toEqual(
    expect.arrayContaining(["search_terms", "audit_log", "people", "facts"]),
  );
  for (const { table, column } of columns) {
    for (const needle of needles) {
      const { rows } = await sql<{
        value: string;
      }>`select ${sql.ref(column)} as value from ${sql.table(table)}
        where lower(${sql.ref(column)}) like ${`%${needle.toLowerCase()}%`}`.execute(db);
      for (const row of rows) hits.push(`${table}.${column} (${needle}): ${row.value}`);
    }
  }
  return hits;
}

describeEachStore("API: right to erasure", (store, dialect) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let colleague: ReturnType<typeof caller>;
  let member: ReturnType<typeof caller>;
  const ids: Record<string, string> = {};

  const SECRETS = [
    "Xaverine",
    "Quandtmeyer",
    "xaverine.q@privatpost.example",
    "privatpost",
    "+49 171 9990011",
    "1719990011",
    "Wolkenweg",
    "Zwergkaninchen",
    "Zwetschgen",
    "Ysolde",
    "Ypsilonwerke",
    "Bandscheibenvorfall",
    "Oslo-Marathon",
  ];

  beforeAll(async () => {
    client = await signedInClient(store());
    colleague = await memberCaller(client);
    member = await memberCaller(client);
    const c = colleague;
    const company = (await c("POST", "/api/companies", { name: "Nordlicht AG" })).body.id as string;
    const x = (
      await c("POST", "/api/people", {
        firstName: "Xaverine",
        lastName: "Quandtmeyer",
        companyId: company,
        jobTitle: "Einkaufsleitung",
        channels: [
          { kind: "email", value: "xaverine.q@privatpost.example" },
          { kind: "phone", value: "+49 171 9990011" },
          { kind: "address", label: "home", value: "Wolkenweg 7, 12345 Sternstadt" },
        ],
        tags: ["zwergkaninchenfreundin"],
        birthday: { day: 2, month: 12, year: 1979 },
        notes: "Liebt Zwergkaninchen",
        howWeMet: "Messe, beim Zwetschgenkuchen",
        stance: "caution",
        stanceReason: "2026-01-05: Angebot an die Ypsilonwerke weitergegeben",
        source: "business_card",
      })
    ).body.id as string;
    const yorick = (await c("POST", "/api/people", { firstName: "Yorick", lastName: "Bleibt" })).body
      .id as string;
    const ysolde = (
      await c("POST", "/api/people", {
        firstName: "Ysolde",
        lastName: "Quandtmeyer",
        isContact: false,
        birthday: { day: 9, month: 3, year: 2015 },
      })
    ).body.id as string;
    const bruno = (
      await c("POST", "/api/people", { firstName: "Bruno", lastName: "Gemeinsam", isContact: false })
    ).body.id as string;
    await c("POST", "/api/relations", { personId: x, relatedPersonId: ysolde, kind: "child" });
    await c("POST", "/api/relations", { personId: x, relatedPersonId: bruno, kind: "sibling" });
    await c("POST", "/api/relations", { personId: yorick, relatedPersonId: bruno, kind: "partner" });
    await c("POST", "/api/facts", { personId: x, category: "hobby", text: "Lief den Oslo-Marathon" });
    await c("POST", "/api/facts", {
      personId: x,
      category: "life_event",
      text: "Bandscheibenvorfall im Sommer",
      sensitive: "consented",
      shared: true,
    });
    await c("POST", "/api/facts", {
      personId: yorick,
      category: "other",
      text: "Arbeitet eng mit Xaverine Quandtmeyer",
    });
    const shared = await c("POST", "/api/conversations", {
      occurredAt: "2026-11-10T12:00:00Z",
      kind: "meal",
      participantIds: [x, yorick],
      summary: "Mittagessen mit Xaverine Quandtmeyer und Yorick; Xaverine erzählte vom Umzug",
      selfCheck: {
        relaxed: "yes",
        smiled: "yes",
        listened: "yes",
        distance: "yes",
        friendTone: "yes",
        note: "Quandtmeyer war gut gelaunt",
      },
    });
    ids.shared = (shared.body.interaction as { id: string }).id;
    const alone = await c("POST", "/api/conversations", {
      occurredAt: "2026-11-12T09:00:00Z",
      kind: "call",
      participantIds: [x],
      summary: "Telefonat wegen Zwetschgen",
      openLoops: [{ personId: x, text: "Rezept für Zwetschgenkuchen schicken" }],
      selfCheck: {
        relaxed: "yes",
        smiled: "no",
        listened: "yes",
        distance: "yes",
        friendTone: "yes",
        note: "Zu hektisch",
      },
    });
    ids.alone = (alone.body.interaction as { id: string }).id;
    await c("POST", "/api/gifts", {
      personId: x,
      date: "2026-11-20",
      kind: "gift",
      valueCents: 3000,
      note: "Buch über Zwergkaninchen",
    });
    const deal = (
      (
        await c("POST", "/api/deals", {
          title: "Rahmenvertrag Xaverine Quandtmeyer",
          companyId: company,
          valueCents: 1234500,
        })
      ).body.deal as { id: string }
    ).id;
    await c("POST", `/api/deals/${deal}/stakeholders`, { personId: x, role: "decision_maker" });
    await c("PATCH", `/api/people/${x}/privacy`, {
      legalBasis: "consent",
      consentOn: "2026-11-01",
      consentScope: "Einladungen, auch für Xaverine",
      optOut: { post: true },
    });
    const request = await client.call("POST", `/api/people/${x}/access-requests`, {
      receivedOn: "2026-11-25",
      kind: "erasure",
      note: "Brief von Xaverine Quandtmeyer",
    });
    Object.assign(ids, { x, yorick, ysolde, bruno, deal, company, request: request.body.id as string });
    await client.call("GET", `/api/people/${x}/access-export`);
    await client.call("GET", `/api/search?q=quandtmeyer`);
  });

  it("only owners and admins erase, and only with the person's full name", async () => {
    expect(
      (await member("POST", `/api/people/${ids.x}/erasure`, { confirmName: "Xaverine Quandtmeyer" })).status,
    ).toBe(403);
    const wrong = await client.call("POST", `/api/people/${ids.x}/erasure`, { confirmName: "Yorick Bleibt" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ fields: [{ field: "confirmName", code: "mismatch" }] });
    // The setup's strings are really there before erasure (else the search below would prove nothing).
    const before = await findAnywhere(client.ctx.store.db, dialect, SECRETS);
    for (const secret of SECRETS)
      expect(
        before.some((hit) => hit.includes(`(${secret})`)),
        secret,
      ).toBe(true);
    expect(before.some((hit) => hit.startsWith("search_terms."))).toBe(true);
  });

  it("erases the person everywhere: a search of every text column of the database finds none of their strings", async () => {
    const response = await client.call("POST", `/api/people/${ids.x}/erasure`, {
      confirmName: "xaverine  QUANDTMEYER",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      personId: ids.x,
      mode: "erase",
      peopleErased: 1,
      relativesErased: 1,
      interactionsDeleted: 1,
      interactionsKept: 1,
      dealsKept: 1,
    });
    expect(await findAnywhere(client.ctx.store.db, dialect, SECRETS)).toEqual([]);
    expect((await client.call("GET", `/api/people/${ids.x}`)).status).toBe(404);
    expect((await client.call("GET", "/api/search?q=quandtmeyer")).body.items).toEqual([]);
  });

  it("keeps business records and other people: the shared conversation without them, the deal with its amount", async () => {
    const interaction = (await client.call("GET", `/api/interactions/${ids.shared}`)).body;
    expect(interaction).toMatchObject({
      participantIds: [ids.yorick],
      summary: "Mittagessen mit […] und Yorick; […] erzählte vom Umzug",
    });
    expect((await client.call("GET", `/api/interactions/${ids.alone}`)).status).toBe(404);
    const deal = (await client.call("GET", `/api/deals/${ids.deal}`)).body as {
      deal: { title: string; valueCents: number };
    };
    expect(deal.deal).toMatchObject({ title: "Rahmenvertrag […]", valueCents: 1234500 });
    const facts = (await colleague("GET", `/api/facts?personId=${ids.yorick}`)).body.items as Array<{
      text: string;
    }>;
    expect(facts.map((f) => f.text)).toEqual(["Arbeitet eng mit […]"]);
    expect((await client.call("GET", `/api/people/${ids.ysolde}`)).status).toBe(404);
    expect((await client.call("GET", `/api/people/${ids.bruno}`)).status).toBe(200);
    const requests = (await client.call("GET", "/api/privacy/access-requests?status=all")).body
      .items as Array<{
      id: string;
      personId: string | null;
      completedOn: string | null;
      note: string | null;
    }>;
    expect(requests.find((r) => r.id === ids.request)).toMatchObject({
      personId: null,
      completedOn: "2026-11-27",
      note: "Brief von […]",
    });
  });

  it("audits the erasure without the erased data; the audit log itself is never rewritten", async () => {
    const items = (await client.call("GET", "/api/audit?action=erasure")).body.items as Array<{
      targetId: string;
      detail: Record<string, unknown>;
    }>;
    expect(items).toEqual([
      expect.objectContaining({
        targetId: ids.x,
        detail: expect.objectContaining({
          mode: "erase",
          peopleErased: 1,
          interactionsDeleted: 1,
          requestsCompleted: 1,
        }),
      }),
    ]);
    const all = (await client.call("GET", "/api/audit?limit=1000")).body.items as Array<{
      targetId: string | null;
    }>;
    expect(all.filter((e) => e.targetId === ids.x).length).toBeGreaterThanOrEqual(4);
  });

  describe("anonymise", () => {
    it("keeps the person as an anonymous stand-in so stakeholder rows and conversations keep their meaning", async () => {
      const z = (
        await colleague("POST", "/api/people", {
          firstName: "Zacharias",
          lastName: "Vorderwald",
          channels: [{ kind: "email", value: "zv@vorderwald.example" }],
          notes: "Fährt Oldtimer",
        })
      ).body.id as string;
      await colleague("POST", "/api/facts", {
        personId: z,
        category: "hobby",
        text: "Sammelt Vorderwald-Uhren",
      });
      const deal = (
        (await colleague("POST", "/api/deals", { title: "Pumpen", valueCents: 999900 })).body.deal as {
          id: string;
        }
      ).id;
      await colleague("POST", `/api/deals/${deal}/stakeholders`, { personId: z, role: "influencer" });
      const logged = await colleague("POST", "/api/interactions", {
        occurredAt: "2026-11-15T10:00:00Z",
        kind: "call",
        participantIds: [z],
        summary: "Zacharias will ein Angebot",
      });
      const response = await client.call("POST", `/api/people/${z}/erasure`, {
        confirmName: "Zacharias Vorderwald",
        mode: "anonymise",
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ mode: "anonymise", interactionsDeleted: 0, interactionsKept: 1 });
      expect(
        await findAnywhere(client.ctx.store.db, dialect, ["Zacharias", "Vorderwald", "Oldtimer", "zv@"]),
      ).toEqual([]);
      const standIn = (await client.call("GET", `/api/people/${z}`)).body;
      expect(standIn).toMatchObject({
        firstName: "",
        lastName: "[…]",
        isContact: false,
        channels: [],
        notes: null,
      });
      const stakeholders = await client.ctx.store.db
        .selectFrom("deal_stakeholders")
        .select(["role"])
        .where("person_id", "=", z)
        .execute();
      expect(stakeholders).toEqual([{ role: "influencer" }]);
      expect((await client.call("GET", `/api/deals/${deal}`)).body.deal).toMatchObject({
        valueCents: 999900,
      });
      expect((await client.call("GET", `/api/interactions/${logged.body.id}`)).body).toMatchObject({
        participantIds: [z],
        summary: "[…] will ein Angebot",
      });
    });
  });
});
