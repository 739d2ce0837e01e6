import { beforeAll, expect, it } from "vitest";
import { signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// Decision 080: a note that looks like special-category data or an insult is refused until the
// request says how to proceed; the decision lands on the row and in the audit log.

describeEachStore("API: sensitive notes are flagged at entry", (store) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let person: string;

  beforeAll(async () => {
    client = await signedInClient(store());
    person = (await client.call("POST", "/api/people", { firstName: "Jan", lastName: "Becker" })).body
      .id as string;
  });

  const rowOf = (table: "facts" | "people" | "reflections", id: string) =>
    client.ctx.store.db
      .selectFrom(table as "facts")
      .select(["sensitive_decision", "sensitive_categories"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

  const auditFor = async (personId: string) =>
    (
      (await client.call("GET", "/api/audit?limit=1000")).body.items as Array<{
        action: string;
        targetId: string | null;
        detail: Record<string, unknown>;
      }>
    ).filter((e) => e.targetId === personId);

  it("refuses a fact about an illness with 400, listing category, match and explanation; nothing is saved", async () => {
    const before = (await client.call("GET", `/api/facts?personId=${person}`)).body.total;
    const response = await client.call("POST", "/api/facts", {
      personId: person,
      category: "family",
      text: "Frau hat Brustkrebs",
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        status: 400,
        code: "validation_failed",
        message: "The input is not valid.",
        fields: [
          {
            field: "text",
            code: "sensitive_health",
            message: expect.stringMatching(
              /^"Brustkrebs": Health data .*Art\. 9 GDPR.*sensitive: "consented"/,
            ),
          },
        ],
      },
    });
    const german = await client.call(
      "POST",
      "/api/facts",
      { personId: person, category: "family", text: "Frau hat Brustkrebs" },
      { "accept-language": "de" },
    );
    expect((german.body.error as { fields: Array<{ message: string }> }).fields[0]?.message).toMatch(
      /^„Brustkrebs“: Gesundheitsdaten/,
    );
    expect((await client.call("GET", `/api/facts?personId=${person}`)).body.total).toBe(before);
  });

  it("saves with sensitive: consented, records the decision on the row and audits it without the text", async () => {
    const response = await client.call("POST", "/api/facts", {
      personId: person,
      category: "family",
      text: "Frau hat Brustkrebs, er bat um Rücksicht",
      sensitive: "consented",
    });
    expect(response.status).toBe(201);
    const id = response.body.id as string;
    expect(await rowOf("facts", id)).toEqual({
      sensitive_decision: "consented",
      sensitive_categories: JSON.stringify(["text:health"]),
    });
    const entry = (await auditFor(person)).find(
      (e) => e.action === "sensitive_saved" && e.detail.rowId === id,
    );
    expect(entry).toMatchObject({
      targetId: person,
      detail: { table: "facts", decision: "consented", categories: ["health"], fields: ["text"] },
    });
    expect(JSON.stringify(entry)).not.toContain("Brustkrebs");
  });

  it("rephrasing needs no decision, and clears the mark of an edited fact", async () => {
    const created = await client.call("POST", "/api/facts", {
      personId: person,
      category: "hobby",
      text: "Geht jeden Sonntag in die Kirche",
      sensitive: "save_anyway",
    });
    const id = created.body.id as string;
    expect((await rowOf("facts", id)).sensitive_decision).toBe("save_anyway");
    expect(
      (await client.call("PATCH", `/api/facts/${id}`, { text: "Ist sonntags nicht erreichbar" })).status,
    ).toBe(200);
    expect(await rowOf("facts", id)).toEqual({ sensitive_decision: null, sensitive_categories: null });
    expect((await client.call("PATCH", `/api/facts/${id}`, { text: "Sonntags in der Kirche" })).status).toBe(
      400,
    );
  });

  it("checks person notes and stance reasons; stance reasons ask for factual, dated incidents", async () => {
    const refused = await client.call("POST", "/api/people", {
      lastName: "Roth",
      notes: "Ist in der SPD",
      stance: "caution",
      stanceReason: "So ein Idiot",
    });
    expect(refused.status).toBe(400);
    const fields = (refused.body.error as { fields: Array<{ field: string; code: string; message: string }> })
      .fields;
    expect(fields.map((f) => [f.field, f.code])).toEqual([
      ["notes", "sensitive_politics"],
      ["stanceReason", "sensitive_insult"],
    ]);
    expect(fields[1]?.message).toContain("factual, dated incidents");
    const saved = await client.call("POST", "/api/people", {
      lastName: "Roth",
      notes: "Ist in der SPD",
      stance: "caution",
      stanceReason: "2026-03-12: Angebot als Preishebel genutzt",
      sensitive: "consented",
    });
    expect(saved.status).toBe(201);
    const id = saved.body.id as string;
    expect(await rowOf("people", id)).toEqual({
      sensitive_decision: "consented",
      sensitive_categories: JSON.stringify(["notes:politics"]),
    });
    // Changing only the stance reason keeps the notes' mark.
    await client.call("PATCH", `/api/people/${id}`, {
      stanceReason: "Nennt uns Betrüger",
      sensitive: "save_anyway",
    });
    expect(await rowOf("people", id)).toEqual({
      sensitive_decision: "save_anyway",
      sensitive_categories: JSON.stringify(["notes:politics", "stanceReason:criminal"]),
    });
  });

  it("checks every fact and the self-check note of a conversation log; one decision covers them", async () => {
    const log = {
      occurredAt: "2026-11-20T10:00:00Z",
      kind: "meal",
      participantIds: [person],
      facts: [
        { personId: person, category: "hobby", text: "Segelt am Bodensee" },
        { personId: person, category: "life_event", text: "Frisch geschieden" },
      ],
      selfCheck: {
        relaxed: "yes",
        smiled: "yes",
        listened: "partly",
        distance: "yes",
        friendTone: "yes",
        note: "War blöd von mir",
      },
    };
    const refused = await client.call("POST", "/api/conversations", log);
    expect(refused.status).toBe(400);
    expect(
      (refused.body.error as { fields: Array<{ field: string; code: string }> }).fields.map((f) => [
        f.field,
        f.code,
      ]),
    ).toEqual([
      ["facts.1.text", "sensitive_sex_life"],
      ["selfCheck.note", "sensitive_insult"],
    ]);
    const saved = await client.call("POST", "/api/conversations", { ...log, sensitive: "save_anyway" });
    expect(saved.status).toBe(201);
    const [clean, flagged] = saved.body.facts as Array<{ id: string }>;
    expect((await rowOf("facts", clean?.id ?? "")).sensitive_decision).toBeNull();
    expect(await rowOf("facts", flagged?.id ?? "")).toEqual({
      sensitive_decision: "save_anyway",
      sensitive_categories: JSON.stringify(["text:sex_life"]),
    });
    const reflection = await client.ctx.store.db
      .selectFrom("reflections")
      .select(["sensitive_decision", "sensitive_categories"])
      .where("interaction_id", "=", (saved.body.interaction as { id: string }).id)
      .executeTakeFirstOrThrow();
    expect(reflection).toEqual({
      sensitive_decision: "save_anyway",
      sensitive_categories: JSON.stringify(["note:insult"]),
    });
  });

  it("checks a text while it is written, without saving anything", async () => {
    const response = await client.call("POST", "/api/privacy/check-text", {
      text: "Unsympathischer Trottel",
      kind: "stance_reason",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      findings: [
        { category: "insult", match: "Trottel", start: 16, end: 23, explanation: { de: expect.any(String) } },
      ],
      advice: { en: expect.stringContaining("factual, dated incidents") },
    });
    expect((await client.call("POST", "/api/privacy/check-text", { text: "Segelt gern" })).body).toEqual({
      findings: [],
      advice: null,
    });
  });
});
