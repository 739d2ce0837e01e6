import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { createApiToken } from "../services/credentials.ts";
import type { DialectName } from "../store/dialect.ts";
import type { Db } from "../store/open-store.ts";
import { caller, signedInClient } from "../test/api-client.ts";
import { actorOf, buildUser } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";

// Right of access (decision 081). The export must contain every row that references the person:
// this test reads the live catalog ITSELF (foreign keys to people, and columns named like a person
// id) and checks each referencing row appears — so a table added later cannot be missed.

const PERSON_COLUMN = /^(?:person_id|[a-z_]*_person_id|participant(?:_id|_ids|s)?)$/;

async function personReferences(
  db: Db,
  dialect: DialectName,
): Promise<Array<{ table: string; column: string }>> {
  const refs = new Map<string, { table: string; column: string }>();
  const add = (table: string, column: string) => refs.set(`${table}.${column}`, { table, column });
  if (dialect === "postgres") {
    const fks = await sql<{ table_name: string; column_name: string }>`
      select kcu.table_name, kcu.column_name from information_schema.referential_constraints rc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
      join information_schema.key_column_usage pk
        on pk.constraint_name = rc.unique_constraint_name and pk.constraint_schema = rc.unique_constraint_schema
      where pk.table_name = 'people' and pk.column_name = 'id' and rc.constraint_schema = current_schema()`.execute(
      db,
    );
    for (const r of fks.rows) add(r.table_name, r.column_name);
    const columns = await sql<{ table_name: string; column_name: string }>`select table_name, column_name
      from information_schema.columns where table_schema = current_schema()`.execute(db);
    for (const r of columns.rows)
      if (r.table_name !== "people" && PERSON_COLUMN.test(r.column_name)) add(r.table_name, r.column_name);
  } else {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      db,
    );
    for (const { name } of tables.rows) {
      const fks = await sql<{
        table: string;
        from: string;
      }>`select * from pragma_foreign_key_list(${name})`.execute(db);
      for (const fk of fks.rows) if (fk.table === "people") add(name, fk.from);
      const columns = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(db);
      for (const c of columns.rows) if (name !== "people" && PERSON_COLUMN.test(c.name)) add(name, c.name);
    }
  }
  return [...refs.values()];
}

describeEachStore("API: right of access exports every row about a person", (store, dialect) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let colleague: ReturnType<typeof caller>;
  let member: ReturnType<typeof caller>;
  let person: string;
  const marker = `GEHEIM-${Date.now().toString(36)}`;

  beforeAll(async () => {
    client = await signedInClient(store());
    const tokenFor = async (role: "member") => {
      const user = await buildUser(client.ctx, client.workspace.id, role);
      return (
        await createApiToken(client.ctx, actorOf(user), { name: role, scope: "write", expiresInDays: null })
      ).secret;
    };
    colleague = caller(client.app, await tokenFor("member"));
    member = caller(client.app, await tokenFor("member"));
    const company = (await colleague("POST", "/api/companies", { name: "Auskunft GmbH" })).body.id as string;
    person = (
      await colleague("POST", "/api/people", {
        firstName: "Paula",
        lastName: "Auskunft",
        companyId: company,
        channels: [
          { kind: "email", value: "paula@auskunft.example" },
          { kind: "phone", value: "+49 170 5550100" },
        ],
        tags: ["vip", "messe"],
        birthday: { day: 3, month: 12, year: 1980 },
        notes: "Mag Espresso",
        stance: "keep_professional",
        stanceReason: `${marker}-stance`,
      })
    ).body.id as string;
    const other = (await colleague("POST", "/api/people", { lastName: "Dritter" })).body.id as string;
    const child = (
      await colleague("POST", "/api/people", { firstName: "Kim", lastName: "Auskunft", isContact: false })
    ).body.id as string;
    await colleague("POST", "/api/relations", { personId: person, relatedPersonId: child, kind: "child" });
    await colleague("POST", "/api/relations", {
      personId: other,
      relatedPersonId: person,
      kind: "colleague",
    });
    await colleague("POST", "/api/conversations", {
      occurredAt: "2026-11-10T10:00:00Z",
      kind: "meal",
      participantIds: [person, other],
      summary: "Essen mit Paula und dem Dritten",
      facts: [{ personId: person, category: "family", text: `${marker}-fact` }],
      openLoops: [{ personId: person, text: "Nach dem Umzug fragen" }],
      selfCheck: {
        relaxed: "yes",
        smiled: "yes",
        listened: "yes",
        distance: "yes",
        friendTone: "yes",
        note: "Gut zugehört",
      },
    });
    await colleague("POST", "/api/facts", {
      personId: person,
      category: "hobby",
      text: "Segelt",
      shared: true,
    });
    await colleague("POST", `/api/people/${person}/stage`, { stage: "acquaintance" });
    await colleague("POST", `/api/people/${person}/address-form`, { form: "du", offeredBy: "them" });
    await colleague("POST", "/api/gifts", {
      personId: person,
      date: "2026-11-20",
      kind: "gift",
      valueCents: 2500,
      note: `${marker}-gift`,
    });
    const deal = (
      (await colleague("POST", "/api/deals", { title: "Rahmenvertrag", valueCents: 500000 })).body.deal as {
        id: string;
      }
    ).id;
    await colleague("POST", `/api/deals/${deal}/stakeholders`, { personId: person, role: "decision_maker" });
    await colleague("PATCH", `/api/people/${person}/privacy`, {
      legalBasis: "contract",
      optOut: { post: true },
    });
  });

  it("tracks the request with a 30-day deadline", async () => {
    const created = await client.call("POST", `/api/people/${person}/access-requests`, {
      receivedOn: "2026-11-20",
      note: "Brief vom 18.11.",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      personId: person,
      personName: "Paula Auskunft",
      kind: "access",
      receivedOn: "2026-11-20",
      dueOn: "2026-12-20",
      completedOn: null,
      status: "open",
      daysLeft: 23,
    });
    const list = await client.call("GET", "/api/privacy/access-requests");
    expect((list.body.items as Array<{ id: string }>).map((r) => r.id)).toContain(created.body.id);
    expect((await member("GET", "/api/privacy/access-requests")).status).toBe(403);
  });

  it("contains every row of every table that references the person, read from the catalog", async () => {
    const refs = await personReferences(client.ctx.store.db, dialect);
    // The walk itself must see the known references, or it would prove nothing.
    for (const known of [
      "facts",
      "person_channels",
      "person_tags",
      "relations",
      "interaction_participants",
      "open_loops",
    ]) {
      expect(refs.map((r) => r.table)).toContain(known);
    }
    // Read before exporting: the export completes the open access request it answers.
    const expected: Array<{ ref: string; table: string; row: Record<string, unknown> }> = [];
    for (const ref of refs) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(ref.table)}
        where ${sql.ref(ref.column)} = ${person}`.execute(client.ctx.store.db);
      for (const row of rows) {
        expected.push({
          ref: `${ref.table}.${ref.column}`,
          table: ref.table,
          row: JSON.parse(JSON.stringify(row)),
        });
      }
    }
    const response = await client.call("GET", `/api/people/${person}/access-export`);
    expect(response.status).toBe(200);
    const records = response.body.records as Record<string, Array<Record<string, unknown>>>;
    for (const { ref, table, row } of expected) expect(records[table], ref).toContainEqual(row);
    expect([...new Set(expected.map((e) => e.table))].sort()).toEqual(
      [
        "access_requests",
        "address_form_changes",
        "contact_totals",
        "deal_stakeholders",
        "facts",
        "gifts",
        "interaction_participants",
        "open_loops",
        "person_channels",
        "person_privacy",
        "person_tags",
        "relations",
        "stage_changes",
      ].sort(),
    );
    expect(records.people).toEqual([expect.objectContaining({ id: person, first_name: "Paula" })]);
  });

  it("owners and admins see the colleague's private rows (the controller's duty); it is audited; members may not", async () => {
    const response = await client.call("GET", `/api/people/${person}/access-export`);
    const text = JSON.stringify(response.body);
    for (const part of ["stance", "fact", "gift"]) expect(text).toContain(`${marker}-${part}`);
    expect(response.body).toMatchObject({
      name: "Paula Auskunft",
      person: { firstName: "Paula", stanceReason: `${marker}-stance` },
      company: { name: "Auskunft GmbH" },
      tags: ["messe", "vip"],
      privacy: { legalBasis: "contract", optOutPost: 1 },
    });
    expect(
      (response.body.interactions as Array<{ summary: string; participantCount: number }>)[0],
    ).toMatchObject({
      summary: "Essen mit Paula und dem Dritten",
      participantCount: 2,
    });
    expect(response.body.selfChecks).toEqual([expect.objectContaining({ note: "Gut zugehört" })]);
    expect(response.body.deals).toEqual([
      expect.objectContaining({ title: "Rahmenvertrag", valueCents: 500000, role: "decision_maker" }),
    ]);
    expect((await member("GET", `/api/people/${person}/access-export`)).status).toBe(403);
    expect((await colleague("GET", `/api/people/${person}/access-export`)).status).toBe(403);
    const audit = (await client.call("GET", "/api/audit?action=access_export")).body.items as Array<{
      targetId: string;
      detail: Record<string, unknown>;
    }>;
    expect(audit.find((e) => e.targetId === person)?.detail).toMatchObject({ includesPrivateRows: true });
    expect(JSON.stringify(audit)).not.toContain(marker);
  });

  it("completes the open access request and shows it in the export's audit entries", async () => {
    const requests = (await client.call("GET", "/api/privacy/access-requests?status=all")).body
      .items as Array<{
      personId: string;
      completedOn: string | null;
      status: string;
    }>;
    expect(requests.find((r) => r.personId === person)).toMatchObject({
      completedOn: "2026-11-27",
      status: "completed",
    });
    const again = await client.call("GET", `/api/people/${person}/access-export`);
    const actions = (again.body.auditEntries as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["privacy_changed", "access_request", "access_export"]));
  });

  it("renders the same export as a readable HTML page in the caller's language", async () => {
    const page = await client.call("GET", `/api/people/${person}/access-export?format=html&lang=de`);
    expect(page.status).toBe(200);
    expect(page.response.headers["content-type"]).toContain("text/html");
    expect(page.response.headers["cache-control"]).toBe("no-store");
    const html = String(page.body);
    expect(html).toContain("<title>Auskunft: Paula Auskunft</title>");
    expect(html).toContain("Persönliches");
    expect(html).toContain(`${marker}-fact`);
    expect(html).toContain("paula@auskunft.example");
    expect(html).not.toContain("<script");
  });
});
