import { expect, it } from "vitest";
import { signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

type Call = Awaited<ReturnType<typeof signedInClient>>["call"];

async function counts(call: Call) {
  const total = async (path: string) => (await call("GET", path)).body.total as number;
  return {
    people: await total("/api/people?includeNonContacts=true"),
    interactions: await total("/api/interactions"),
    facts: await total("/api/facts"),
    loops: await total("/api/open-loops?status=all"),
    search: ((await call("GET", "/api/search?q=segeltorn")).body.items as unknown[]).length,
  };
}

describeEachStore("API: conversation log, briefing, self-check and gift ledger", (store) => {
  it("logs a conversation with two people, three facts, two open loops and a self-check; each briefing shows exactly the new facts and loops", async () => {
    const { call } = await signedInClient(store());
    const anna = (await call("POST", "/api/people", { firstName: "Anna", lastName: "Becker" })).body
      .id as string;
    const ben = (await call("POST", "/api/people", { firstName: "Ben", lastName: "Krause" })).body
      .id as string;
    const logged = await call("POST", "/api/conversations", {
      occurredAt: "2026-11-26T14:00:00+01:00",
      kind: "meal",
      initiatedBy: "them",
      participantIds: [anna, ben],
      summary: "Mittagessen nach dem Werksrundgang",
      personal: true,
      atmosphere: 5,
      trust: 4,
      resistance: 2,
      outcome: "Angebot für Wartungsvertrag angefragt",
      facts: [
        { personId: anna, category: "hobby", text: "Plant einen Segeltörn an der Ostsee" },
        { personId: anna, category: "family", text: "Sohn Leon macht im Mai Abitur", refersTo: "2027-05-10" },
        { personId: ben, category: "preference", text: "Trinkt keinen Kaffee, lieber grünen Tee" },
      ],
      openLoops: [
        { personId: anna, text: "Nach dem Segeltörn fragen", dueOn: "2027-06-01" },
        { personId: ben, kind: "do", text: "Angebot Wartungsvertrag schicken", dueOn: "2026-12-04" },
      ],
      selfCheck: {
        relaxed: "yes",
        smiled: "yes",
        listened: "partly",
        distance: "yes",
        friendTone: "yes",
        note: null,
      },
    });
    expect(logged.status).toBe(201);
    expect(logged.body.facts).toHaveLength(3);
    expect(
      (logged.body.facts as Array<{ learnedOn: string }>).every((f) => f.learnedOn === "2026-11-26"),
    ).toBe(true);

    const annaBrief = (await call("GET", `/api/people/${anna}/briefing`)).body as {
      life: { recentFacts: Array<{ text: string }> };
      ask: Array<{ text: string }>;
      promised: Array<{ text: string }>;
      lastConversations: Array<{ summary: string; outcome: string }>;
      businessOnly: boolean;
    };
    expect(annaBrief.businessOnly).toBe(false);
    expect(annaBrief.life.recentFacts.map((f) => f.text).sort()).toEqual([
      "Plant einen Segeltörn an der Ostsee",
      "Sohn Leon macht im Mai Abitur",
    ]);
    expect(annaBrief.ask.map((l) => l.text)).toEqual(["Nach dem Segeltörn fragen"]);
    expect(annaBrief.promised).toEqual([]);
    expect(annaBrief.lastConversations).toMatchObject([
      { summary: "Mittagessen nach dem Werksrundgang", outcome: "Angebot für Wartungsvertrag angefragt" },
    ]);

    const benBrief = (await call("GET", `/api/people/${ben}/briefing`)).body as typeof annaBrief;
    expect(benBrief.life.recentFacts.map((f) => f.text)).toEqual(["Trinkt keinen Kaffee, lieber grünen Tee"]);
    expect(benBrief.ask).toEqual([]);
    expect(benBrief.promised.map((l) => l.text)).toEqual(["Angebot Wartungsvertrag schicken"]);

    // Closing a loop in the next conversation removes it from the briefing.
    const loopId = (logged.body.openLoops as Array<{ id: string; personId: string }>).find(
      (l) => l.personId === ben,
    )?.id;
    await call("POST", "/api/conversations", {
      occurredAt: "2026-11-27T08:00:00Z",
      kind: "email",
      participantIds: [ben],
      closeLoopIds: [loopId],
    });
    expect(((await call("GET", `/api/people/${ben}/briefing`)).body.promised as unknown[]).length).toBe(0);
  });

  it("a failed log — one fact with an invalid category, or an unknown loop to close — leaves the database unchanged", async () => {
    const { call } = await signedInClient(store());
    const anna = (await call("POST", "/api/people", { firstName: "Anna", lastName: "Becker" })).body
      .id as string;
    const before = await counts(call);
    const base = { occurredAt: "2026-11-26T14:00:00Z", kind: "meeting", participantIds: [anna] };
    const badCategory = await call("POST", "/api/conversations", {
      ...base,
      facts: [
        { personId: anna, category: "hobby", text: "Segeltörn" },
        { personId: anna, category: "gossip", text: "Streit mit dem Chef" },
      ],
      openLoops: [{ personId: anna, text: "Nach dem Segeltörn fragen" }],
    });
    expect(badCategory.status).toBe(400);
    expect(
      (badCategory.body.error as { fields: Array<{ field: string }> }).fields.map((f) => f.field),
    ).toEqual(["facts.1.category"]);
    const unknownLoop = await call("POST", "/api/conversations", {
      ...base,
      facts: [{ personId: anna, category: "hobby", text: "Segeltörn" }],
      closeLoopIds: ["01a21b0f-b122-7e7b-9707-58e20cc5263f"],
    });
    expect(unknownLoop.status).toBe(400);
    expect(await counts(call)).toEqual(before);
  });

  it("keep-professional contacts get a business-only briefing with the reason and no personal prompts", async () => {
    const { call } = await signedInClient(store());
    const kurt = (
      await call("POST", "/api/people", {
        firstName: "Kurt",
        lastName: "Kalt",
        stance: "keep_professional",
        stanceReason: "Am 14.03.2026 unser Angebot ohne Rückmeldung an den Wettbewerb weitergegeben",
        birthday: { day: 1, month: 12 },
      })
    ).body.id as string;
    await call("POST", "/api/facts", { personId: kurt, category: "hobby", text: "Sammelt Oldtimer" });
    await call("POST", "/api/open-loops", { personId: kurt, kind: "do", text: "Preisblatt schicken" });
    const brief = (await call("GET", `/api/people/${kurt}/briefing`)).body as {
      businessOnly: boolean;
      stanceReason: string;
      life: { recentFacts: unknown[]; upcomingDates: unknown[] };
      promised: Array<{ text: string }>;
      mindset: { de: string; en: string };
    };
    expect(brief.businessOnly).toBe(true);
    expect(brief.stanceReason).toContain("14.03.2026");
    expect(brief.life).toEqual({ recentFacts: [], upcomingDates: [] });
    expect(brief.promised.map((p) => p.text)).toEqual(["Preisblatt schicken"]);
    expect(brief.mindset.en).toMatch(/Professional/);
  });

  it("self-check trends put the atmosphere beside my own behaviour", async () => {
    const { call } = await signedInClient(store());
    const anna = (await call("POST", "/api/people", { firstName: "Anna", lastName: "Becker" })).body
      .id as string;
    const answers = (relaxed: string) => ({
      relaxed,
      smiled: "yes",
      listened: "yes",
      distance: "yes",
      friendTone: "yes",
      note: null,
    });
    for (const [day, relaxed, atmosphere] of [
      [1, "yes", 5],
      [2, "yes", 4],
      [3, "yes", 4],
      [4, "no", 3],
      [5, "partly", 3],
      [6, "no", 2],
    ] as const) {
      await call("POST", "/api/conversations", {
        occurredAt: `2026-10-0${day}T10:00:00Z`,
        kind: "call",
        participantIds: [anna],
        atmosphere,
        selfCheck: answers(relaxed),
      });
    }
    const trends = await call("GET", "/api/me/self-check");
    const relaxed = (
      trends.body.insights as Array<{
        question: string;
        withAverage: number;
        withoutAverage: number;
        text: { en: string };
      }>
    ).find((i) => i.question === "relaxed");
    expect(relaxed).toMatchObject({ withAverage: 4.3, withoutAverage: 2.7 });
    expect(relaxed?.text.en).toBe("When you were relaxed, the atmosphere averaged 4.3 vs 2.7.");
    const personTrends = await call("GET", `/api/people/${anna}/trends`);
    expect((personTrends.body.atmosphere as Array<{ value: number }>).map((p) => p.value)).toEqual([
      5, 4, 4, 3, 3, 2,
    ]);
  });

  it("gift ledger: yearly totals at 49.99 / 50.00 / 50.01 EUR, the company limit and a public official, each with its warning", async () => {
    const { call } = await signedInClient(store());
    const anna = (await call("POST", "/api/people", { firstName: "Anna", lastName: "Becker" })).body
      .id as string;
    await call("POST", "/api/gifts", { personId: anna, date: "2026-03-01", kind: "gift", valueCents: 3000 });
    const check = async (valueCents: number) =>
      (
        await call("POST", "/api/gifts/check", {
          personId: anna,
          date: "2026-11-20",
          kind: "gift",
          valueCents,
        })
      ).body.warnings as Array<{ code: string; severity: string; text: { de: string; en: string } }>;
    expect((await check(1999)).map((w) => [w.code, w.severity])).toEqual([["tax_limit_status", "info"]]);
    expect((await check(1999))[0]?.text.en).toContain("€49.99 in total – within the €50.00 exemption limit");
    expect((await check(2000))[0]?.text.en).toContain("€50.00 in total – within the €50.00 exemption limit");
    const over = await check(2001);
    expect(over.map((w) => w.code)).toContain("tax_limit_exceeded");
    expect(over.find((w) => w.code === "tax_limit_exceeded")?.text.de).toContain("zusammen 50,01 €");

    expect((await call("PATCH", "/api/workspace/settings", { giftLimitCents: 2500 })).body).toEqual({
      giftLimitCents: 2500,
      phoneCountry: "DE",
    });
    expect((await check(3000)).map((w) => w.code)).toContain("company_limit_exceeded");

    const official = (
      await call("POST", "/api/people", { firstName: "Dr. Petra", lastName: "Amt", isPublicOfficial: true })
    ).body.id as string;
    const saved = await call("POST", "/api/gifts", {
      personId: official,
      date: "2026-11-20",
      kind: "invitation",
      valueCents: 1500,
    });
    expect(saved.status).toBe(201);
    const warnings = saved.body.warnings as Array<{ code: string; severity: string }>;
    expect(warnings[0]).toMatchObject({ code: "public_official", severity: "hard" });

    const brief = (await call("GET", `/api/people/${anna}/briefing`)).body as {
      gifts: { entries: unknown[] };
    };
    expect(brief.gifts.entries).toHaveLength(1);
  });
});
