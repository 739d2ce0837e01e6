import ICAL from "ical.js";
import { expect, it } from "vitest";
import { caller, signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// The clock of the test context is 2026-11-27T09:00Z (src/test/factories.ts).

describeEachStore("API: Heute agenda, warmth, stage, address form and calendar feed", (store) => {
  it("lists an overdue contact, a birthday next week and a due open loop — but no friendship nudge for a keep-professional contact", async () => {
    const { call } = await signedInClient(store());
    const anna = (
      await call("POST", "/api/people", {
        firstName: "Anna",
        lastName: "Becker",
        importance: 2,
        birthday: { day: 3, month: 12, year: 1980 },
      })
    ).body.id as string;
    await call("POST", "/api/interactions", {
      occurredAt: "2026-06-01T10:00:00Z",
      kind: "meeting",
      participantIds: [anna],
      initiatedBy: "them",
      personal: true,
    });
    await call("POST", "/api/open-loops", {
      personId: anna,
      text: "Nach dem Marathon fragen",
      dueOn: "2026-11-25",
    });
    const kurt = (
      await call("POST", "/api/people", {
        firstName: "Kurt",
        lastName: "Kalt",
        stance: "keep_professional",
        stanceReason: "Keine Chemie im Gespräch am 2026-03-14",
        birthday: { day: 1, month: 12 },
        importance: 2,
      })
    ).body.id as string;
    await call("POST", "/api/interactions", {
      occurredAt: "2026-01-10T10:00:00Z",
      kind: "call",
      participantIds: [kurt],
    });

    const { status, body } = await call("GET", "/api/today");
    expect(status).toBe(200);
    const items = body.items as Array<{
      kind: string;
      personId: string;
      nudge: string;
      reason: { de: string; en: string };
    }>;
    const annaKinds = items.filter((i) => i.personId === anna).map((i) => i.kind);
    expect(annaKinds).toEqual(expect.arrayContaining(["birthday", "open_loop", "keep_in_touch"]));
    const kurtItems = items.filter((i) => i.personId === kurt);
    expect(kurtItems.map((i) => i.kind)).not.toContain("birthday");
    expect(kurtItems.every((i) => i.nudge !== "personal")).toBe(true);
    expect(kurtItems.map((i) => i.kind)).toContain("keep_in_touch");
    for (const item of items) {
      expect(item.reason.de.length).toBeGreaterThan(5);
      expect(item.reason.en.length).toBeGreaterThan(5);
    }
  });

  it("shows the best-ranked keep-in-touch contacts and counts the rest; ?keepInTouch asks for more", async () => {
    const { call } = await signedInClient(store());
    for (const [index, importance] of [1, 4, 4, 2].entries()) {
      const id = (
        await call("POST", "/api/people", { firstName: `Kunde${index}`, lastName: "Still", importance })
      ).body.id as string;
      // Met once, two years ago, and silent since: overdue whatever the cadence.
      await call("POST", "/api/interactions", {
        occurredAt: "2024-11-01T10:00:00Z",
        kind: "meeting",
        participantIds: [id],
      });
    }
    const few = await call("GET", "/api/today?keepInTouch=2");
    expect(few.status).toBe(200);
    const lines = (few.body.items as Array<{ kind: string; personName: string; rank: number }>).filter(
      (i) => i.kind === "keep_in_touch",
    );
    expect(few.body.keepInTouchDue).toBe(4);
    // Inner circle (importance 1) and close (2) come before the wide network.
    expect(lines.map((i) => i.personName)).toEqual(["Kunde0 Still", "Kunde3 Still"]);
    const all = await call("GET", "/api/today?keepInTouch=100");
    const allLines = (all.body.items as Array<{ kind: string }>).filter((i) => i.kind === "keep_in_touch");
    expect(allLines).toHaveLength(4);
    expect(all.body.openLoopsDue).toBe(0);
    expect(all.body.keepInTouchDue).toBe(4);
  });

  it("explains warmth part by part and suggests a stage from the evidence", async () => {
    const { call } = await signedInClient(store());
    const jan = (
      await call("POST", "/api/people", { firstName: "Jan", lastName: "Weber", knownSince: "2023-01-10" })
    ).body.id as string;
    for (let month = 1; month <= 10; month += 1) {
      await call("POST", "/api/interactions", {
        occurredAt: `2026-${String(month).padStart(2, "0")}-15T12:00:00Z`,
        kind: month % 2 === 0 ? "meal" : "meeting",
        participantIds: [jan],
        initiatedBy: month % 3 === 0 ? "me" : "them",
        personal: true,
        trust: 4,
        resistance: 2,
      });
    }
    await call("POST", "/api/facts", {
      personId: jan,
      category: "family",
      text: "Zwei Töchter, Lea und Mara",
    });
    const { status, body } = await call("GET", `/api/people/${jan}/relationship`);
    expect(status).toBe(200);
    const warmth = body.warmth as {
      score: number;
      parts: Array<{ key: string; points: number; text: { de: string } }>;
    };
    expect(warmth.score).toBeGreaterThan(40);
    expect(warmth.score).toBeLessThanOrEqual(100);
    expect(warmth.parts.map((p) => p.key)).toContain("recency");
    expect(warmth.parts.reduce((sum, p) => sum + p.points, 0)).toBeCloseTo(warmth.score, 0);
    expect(body.stageSuggestion).toMatchObject({
      stage: expect.stringMatching(/acquaintance|trust|friendship/),
    });

    const confirmed = await call("POST", `/api/people/${jan}/stage`, {
      stage: "trust",
      note: "Nach dem Abendessen bestätigt",
    });
    expect(confirmed.body.stage).toBe("trust");
    const history = await call("GET", `/api/people/${jan}/history`);
    expect(history.body.stages).toMatchObject([
      { stage: "business_contact" },
      { stage: "trust", note: "Nach dem Abendessen bestätigt" },
    ]);
  });

  it("records the Du as a milestone and warns gently when the salesperson offered it first", async () => {
    const { call } = await signedInClient(store());
    const id = (await call("POST", "/api/people", { firstName: "Lena", lastName: "Vogt" })).body.id as string;
    const offeredByThem = await call("POST", `/api/people/${id}/address-form`, {
      form: "du",
      offeredBy: "them",
      changedOn: "2026-11-20",
    });
    expect(offeredByThem.status).toBe(200);
    expect(offeredByThem.body.warnings).toEqual([]);
    expect((offeredByThem.body.milestone as { de: string }).de).toContain("Du angeboten");
    const again = await call("POST", `/api/people/${id}/address-form`, { form: "du", offeredBy: "me" });
    expect(again.status).toBe(400);
    expect((again.body.error as { fields: Array<{ field: string }> }).fields[0]?.field).toBe("form");

    const other = (await call("POST", "/api/people", { firstName: "Tom", lastName: "Frei" })).body
      .id as string;
    const offeredByMe = await call("POST", `/api/people/${other}/address-form`, {
      form: "du",
      offeredBy: "me",
    });
    expect(offeredByMe.status).toBe(200);
    expect((offeredByMe.body.warnings as unknown[]).length).toBe(1);
  });

  it("serves a calendar feed that a real ICS parser reads; a wrong or revoked token gets 404 and leaks nothing", async () => {
    const { call, app } = await signedInClient(store());
    const jan = (
      await call("POST", "/api/people", {
        firstName: "Jan",
        lastName: "Becker",
        birthday: { day: 29, month: 2 },
      })
    ).body.id as string;
    const mia = (
      await call("POST", "/api/people", {
        firstName: "Mia",
        lastName: "Becker",
        isContact: false,
        birthday: { day: 3, month: 12, year: 2019 },
      })
    ).body.id as string;
    await call("POST", "/api/relations", { personId: jan, relatedPersonId: mia, kind: "child" });
    await call("POST", "/api/open-loops", {
      personId: jan,
      text: "Angebot nachfassen; Termin, klären",
      dueOn: "2026-12-02",
    });
    const cold = (
      await call("POST", "/api/people", {
        firstName: "Kurt",
        lastName: "Kalt",
        stance: "caution",
        birthday: { day: 5, month: 12 },
      })
    ).body.id as string;
    expect(cold).toBeTruthy();

    const created = await call("POST", "/api/calendar-feed");
    expect(created.status).toBe(201);
    const url = new URL(created.body.url as string);
    const anonymous = caller(app, null);
    const feed = await anonymous("GET", url.pathname);
    expect(feed.status).toBe(200);
    expect(feed.response.headers["content-type"]).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(String(feed.body)));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const summaries = events.map((e) => e.summary);
    expect(summaries).toContain("Geburtstag: Jan Becker");
    expect(summaries.some((s) => s.startsWith("Geburtstag: Mia Becker"))).toBe(true);
    expect(summaries).toContain("Jan Becker: Angebot nachfassen; Termin, klären");
    expect(summaries.some((s) => s.includes("Kurt"))).toBe(false);
    const janBirthday = events.find((e) => e.summary === "Geburtstag: Jan Becker");
    expect(janBirthday?.startDate.isDate).toBe(true);
    expect(janBirthday?.component.getFirstPropertyValue("rrule")?.toString()).toContain("FREQ=YEARLY");

    const notFound = { error: { status: 404, code: "not_found", message: "Not found.", fields: [] } };
    expect((await anonymous("GET", "/api/calendar/kfc_wrong.ics")).body).toEqual(notFound);
    await call("POST", "/api/calendar-feed");
    const old = await anonymous("GET", url.pathname);
    expect(old.status).toBe(404);
    expect(old.body).toEqual(notFound);
    await call("DELETE", "/api/calendar-feed");
    const apiToken = await anonymous("GET", "/api/calendar/kf_not_a_calendar_token.ics");
    expect(apiToken.status).toBe(404);
  });
});
