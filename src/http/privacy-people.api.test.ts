import { beforeAll, expect, it } from "vitest";
import { caller, signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// Legal basis, opt-outs and the information duty per person (decision 082). The clock is
// 2026-11-27 (FIXED_NOW).

type Item = { kind: string; personId: string; subjectPersonId: string; nudge: string };

describeEachStore("API: legal basis, opt-outs and the information duty", (store) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let jan: string;
  let mia: string;

  beforeAll(async () => {
    client = await signedInClient(store());
    const { call } = client;
    jan = (
      await call("POST", "/api/people", {
        firstName: "Jan",
        lastName: "Becker",
        birthday: { day: 28, month: 11 },
      })
    ).body.id as string;
    mia = (
      await call("POST", "/api/people", {
        firstName: "Mia",
        lastName: "Becker",
        isContact: false,
        birthday: { day: 30, month: 11, year: 2018 },
      })
    ).body.id as string;
    await call("POST", "/api/relations", { personId: jan, relatedPersonId: mia, kind: "child" });
    await call("POST", "/api/facts", {
      personId: jan,
      category: "important_date",
      text: "Firmenjubiläum",
      refersTo: "2016-12-02",
    });
    await call("POST", "/api/open-loops", { personId: jan, text: "Katalog schicken", dueOn: "2026-11-27" });
  });

  const todayItems = async () => (await client.call("GET", "/api/today")).body.items as Item[];
  const calendar = async () => {
    const url = (await client.call("POST", "/api/calendar-feed")).body.url as string;
    return String((await caller(client.app, null)("GET", new URL(url).pathname)).body);
  };

  it("one PATCH opts out of greetings: the person leaves Heute's birthdays and dates and the calendar feed at once", async () => {
    const before = await todayItems();
    expect(
      before
        .filter((i) => i.personId === jan)
        .map((i) => i.kind)
        .sort(),
    ).toEqual(["birthday", "birthday", "important_date", "open_loop"]);
    const feedBefore = await calendar();
    expect(feedBefore).toContain("Geburtstag: Jan Becker");
    expect(feedBefore).toContain("Geburtstag: Mia Becker");
    expect(feedBefore).toContain("Firmenjubiläum");

    const patched = await client.call("PATCH", `/api/people/${jan}/privacy`, { optOut: { greetings: true } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      greetingsAllowed: false,
      marketingAllowed: { email: true, greetings: false },
    });

    const after = await todayItems();
    expect(
      after
        .filter((i) => i.personId === jan || i.subjectPersonId === mia)
        .map((i) => i.kind)
        .sort(),
    ).toEqual(["open_loop"]);
    const feedAfter = await calendar();
    expect(feedAfter).not.toContain("Geburtstag");
    expect(feedAfter).not.toContain("Mia Becker");
    expect(feedAfter).not.toContain("Firmenjubiläum");
    expect(feedAfter).toContain("Jan Becker: Katalog schicken");
    const briefing = await client.call("GET", `/api/people/${jan}/briefing`);
    expect((briefing.body.life as { upcomingDates: unknown[] }).upcomingDates).toEqual([]);

    await client.call("PATCH", `/api/people/${jan}/privacy`, { optOut: { greetings: false } });
    expect((await todayItems()).some((i) => i.kind === "birthday" && i.personId === jan)).toBe(true);
  });

  it("an objection to marketing closes every channel and every greeting", async () => {
    const eva = (
      await client.call("POST", "/api/people", {
        firstName: "Eva",
        lastName: "Roth",
        birthday: { day: 29, month: 11 },
      })
    ).body.id as string;
    expect((await todayItems()).some((i) => i.kind === "birthday" && i.personId === eva)).toBe(true);
    const response = await client.call("PATCH", `/api/people/${eva}/privacy`, { objectedOn: "2026-11-27" });
    expect(response.body.marketingAllowed).toEqual({
      email: false,
      phone: false,
      post: false,
      greetings: false,
    });
    expect((await todayItems()).some((i) => i.personId === eva && i.kind === "birthday")).toBe(false);
  });

  it("each legal basis needs what proves it; the record keeps purpose and scope", async () => {
    const consent = await client.call("PATCH", `/api/people/${jan}/privacy`, { legalBasis: "consent" });
    expect(consent.status).toBe(400);
    expect((consent.body.error as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual([
      "consentOn",
      "consentScope",
    ]);
    const ok = await client.call("PATCH", `/api/people/${jan}/privacy`, {
      legalBasis: "consent",
      consentOn: "2026-11-20",
      consentScope: "Glückwünsche und Einladungen zu Kundenevents",
      purpose: "Kundenpflege",
    });
    expect(ok.status).toBe(200);
    const read = await client.call("GET", `/api/people/${jan}/privacy`);
    expect(read.body).toMatchObject({
      legalBasis: "consent",
      consentOn: "2026-11-20",
      consentScope: "Glückwünsche und Einladungen zu Kundenevents",
      source: "direct",
      informationDueOn: null,
    });
    // Switching to legitimate interest needs the balancing of interests.
    expect(
      (await client.call("PATCH", `/api/people/${jan}/privacy`, { legalBasis: "legitimate_interest" }))
        .status,
    ).toBe(400);
  });

  it("a contact from a business card gets a 'do' loop to inform them within a month, and a letter in both languages", async () => {
    const created = await client.call("POST", "/api/people", {
      firstName: "Ole",
      lastName: "Sand",
      source: "business_card",
    });
    const ole = created.body.id as string;
    const loops = (await client.call("GET", `/api/open-loops?personId=${ole}`)).body.items as Array<{
      kind: string;
      text: string;
      dueOn: string;
      closedOn: string | null;
    }>;
    expect(loops).toEqual([
      expect.objectContaining({
        kind: "do",
        dueOn: "2026-12-27",
        text: expect.stringContaining("Über die Datenverarbeitung informieren"),
      }),
    ]);
    expect((await client.call("GET", `/api/people/${ole}/privacy`)).body).toMatchObject({
      source: "business_card",
      informationDueOn: "2026-12-27",
    });

    const en = await client.call("GET", `/api/people/${ole}/information-letter?lang=en`);
    expect(en.body).toMatchObject({
      lang: "en",
      subject: "Information about the processing of your data (Art. 14 GDPR)",
    });
    expect(en.body.body).toContain("YOUR RIGHT TO OBJECT (Art. 21 GDPR)");
    expect(en.body.body).toContain("through: business card");
    const de = await client.call("GET", `/api/people/${ole}/information-letter?lang=de`);
    expect(de.body.body).toContain("IHR WIDERSPRUCHSRECHT (Art. 21 DSGVO)");
    expect(de.body.body).toContain("Guten Tag Ole Sand,");

    await client.call("PATCH", `/api/people/${ole}/privacy`, { informedOn: "2026-11-28" });
    expect((await client.call("GET", `/api/open-loops?personId=${ole}`)).body.items).toEqual([]);
    expect((await client.call("GET", `/api/people/${ole}/privacy`)).body.informationDueOn).toBeNull();
    // Someone met in person starts no duty.
    const direct = (await client.call("POST", "/api/people", { lastName: "Direkt" })).body.id as string;
    expect((await client.call("GET", `/api/open-loops?personId=${direct}`)).body.items).toEqual([]);
  });

  it("leaving the company is recorded for the retention review", async () => {
    const company = (await client.call("POST", "/api/companies", { name: "Sand AG" })).body.id as string;
    const id = (await client.call("POST", "/api/people", { lastName: "Wechsler", companyId: company })).body
      .id as string;
    expect((await client.call("GET", `/api/people/${id}/privacy`)).body.leftCompanyOn).toBeNull();
    await client.call("PATCH", `/api/people/${id}`, { companyId: null });
    expect((await client.call("GET", `/api/people/${id}/privacy`)).body.leftCompanyOn).toBe("2026-11-27");
  });
});
