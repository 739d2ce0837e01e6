import { expect, it } from "vitest";
import { signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// The test clock is 2026-11-27 (src/test/factories.ts).

describeEachStore("API: deals, tenders, coverage and contact rules", (store) => {
  it("moves a deal through the pipeline with stage history, sums the board and records the outcome with the stakeholders' warmth", async () => {
    const { call } = await signedInClient(store());
    const company = (await call("POST", "/api/companies", { name: "Stadtwerke Ulm" })).body.id as string;
    const anna = (
      await call("POST", "/api/people", { firstName: "Anna", lastName: "Becker", companyId: company })
    ).body.id as string;
    await call("POST", "/api/interactions", {
      occurredAt: "2026-11-20T10:00:00Z",
      kind: "meal",
      participantIds: [anna],
      personal: true,
    });
    const created = await call("POST", "/api/deals", {
      title: "Pumpen Klärwerk",
      companyId: company,
      valueCents: 12_000_000,
    });
    expect(created.status).toBe(201);
    const deal = created.body.deal as { id: string; stage: string; probability: number };
    expect(deal).toMatchObject({ stage: "lead", probability: 10 });
    await call("POST", "/api/deals", { title: "Service", valueCents: 3_000_000, stage: "proposal" });

    const moved = await call("PATCH", `/api/deals/${deal.id}`, { stage: "proposal" });
    expect(moved.body.deal).toMatchObject({ stage: "proposal", probability: 50 });
    const board = await call("GET", "/api/pipeline");
    const proposal = (
      board.body.columns as Array<{
        stage: { key: string };
        count: number;
        valueCents: number;
        weightedCents: number;
      }>
    ).find((c) => c.stage.key === "proposal");
    expect(proposal).toMatchObject({ count: 2, valueCents: 15_000_000, weightedCents: 7_500_000 });

    await call("POST", `/api/deals/${deal.id}/stakeholders`, {
      personId: anna,
      role: "decision_maker",
      influence: 3,
    });
    const closed = await call("POST", `/api/deals/${deal.id}/close`, {
      status: "won",
      reason: "relationship",
    });
    expect(closed.body.deal).toMatchObject({
      status: "won",
      outcomeReason: "relationship",
      closedOn: "2026-11-27",
    });
    const warmthAtClose = (closed.body.deal as { stakeholders: Array<{ warmthAtClose: number }> })
      .stakeholders[0]?.warmthAtClose;
    expect(warmthAtClose).toBeGreaterThan(0);
    expect(
      (closed.body.history as Array<{ stage: string; status: string }>).map((h) => `${h.stage}/${h.status}`),
    ).toEqual(["lead/open", "proposal/open", "proposal/won"]);
    expect(((await call("GET", "/api/pipeline")).body.totals as { count: number }).count).toBe(1);
  });

  it("explains coverage in German and English and names a cold decision maker as the first gap", async () => {
    const { call } = await signedInClient(store());
    const weber = (await call("POST", "/api/people", { firstName: "Dr. Klaus", lastName: "Weber" })).body
      .id as string;
    const lena = (await call("POST", "/api/people", { firstName: "Lena", lastName: "Vogt" })).body
      .id as string;
    await call("POST", "/api/interactions", {
      occurredAt: "2026-03-10T10:00:00Z",
      kind: "call",
      participantIds: [weber],
    });
    for (const month of ["06", "08", "10", "11"]) {
      await call("POST", "/api/interactions", {
        occurredAt: `2026-${month}-12T10:00:00Z`,
        kind: "meal",
        participantIds: [lena],
        initiatedBy: "them",
        personal: true,
        trust: 5,
      });
    }
    const tender = (
      await call("POST", "/api/deals", {
        title: "Rahmenvertrag Pumpen",
        valueCents: 50_000_000,
        tender: { procedure: "open", expectedPublicationOn: "2027-01-26", estimatedValueCents: 50_000_000 },
      })
    ).body.deal as { id: string; kind: string };
    expect(tender.kind).toBe("tender");
    await call("POST", `/api/deals/${tender.id}/stakeholders`, {
      personId: lena,
      role: "influencer",
      influence: 2,
    });
    const view = (
      await call("POST", `/api/deals/${tender.id}/stakeholders`, {
        personId: weber,
        role: "decision_maker",
        influence: 3,
      })
    ).body as {
      coverage: { score: number; gaps: Array<{ personId: string; text: { de: string; en: string } }> };
      tender: {
        phase: string;
        earlyWarning: { text: { de: string } } | null;
        readinessPlan: Array<{ personId: string }>;
        euThreshold: { above: boolean };
      };
    };
    expect(view.coverage.gaps[0]?.personId).toBe(weber);
    expect(view.coverage.gaps[0]?.text.de).toMatch(
      /^Entscheider Dr\. Klaus Weber: kalt, letzter Kontakt vor 8 Monaten/,
    );
    expect(view.coverage.gaps[0]?.text.en).toMatch(
      /^decision maker Dr\. Klaus Weber: cold, last contact 8 months ago/,
    );
    expect(view.tender.phase).toBe("before_publication");
    expect(view.tender.euThreshold.above).toBe(true);
    expect(view.tender.earlyWarning?.text.de).toBeTruthy();
    expect(view.tender.readinessPlan[0]?.personId).toBe(weber);

    const today = (await call("GET", "/api/today")).body as {
      tenders: Array<{ kind: string; dealId: string }>;
    };
    expect(today.tenders.map((t) => t.kind)).toContain("tender_warning");
  });

  it("a stakeholder of a running tender gets a hard gift warning and no personal nudges — and gets them back after the procedure closes", async () => {
    const { call } = await signedInClient(store());
    const buyer = (
      await call("POST", "/api/people", {
        firstName: "Petra",
        lastName: "Kaufmann",
        birthday: { day: 2, month: 12 },
        importance: 1,
      })
    ).body.id as string;
    await call("POST", "/api/interactions", {
      occurredAt: "2026-08-01T10:00:00Z",
      kind: "meal",
      participantIds: [buyer],
      personal: true,
    });
    const tender = (
      await call("POST", "/api/deals", {
        title: "Wartung Pumpwerke",
        tender: { procedure: "open", publishedOn: "2026-11-17", submissionDeadline: "2026-12-22" },
      })
    ).body.deal as { id: string };
    await call("POST", `/api/deals/${tender.id}/stakeholders`, {
      personId: buyer,
      role: "decision_maker",
      influence: 3,
    });

    const gift = { personId: buyer, date: "2026-11-27", kind: "gift", valueCents: 1500 };
    const running = (await call("POST", "/api/gifts/check", gift)).body.warnings as Array<{
      code: string;
      severity: string;
    }>;
    expect(running).toContainEqual(expect.objectContaining({ code: "running_tender", severity: "hard" }));
    const agenda = (await call("GET", "/api/today")).body as {
      items: Array<{ personId: string; nudge: string; kind: string }>;
    };
    const buyerItems = agenda.items.filter((i) => i.personId === buyer);
    expect(buyerItems.some((i) => i.nudge === "personal")).toBe(false);
    const brief = (await call("GET", `/api/people/${buyer}/briefing`)).body as {
      warnings: Array<{ de: string }>;
    };
    expect(brief.warnings[0]?.de).toContain("Wartung Pumpwerke");
    const logged = await call("POST", "/api/conversations", {
      occurredAt: "2026-11-27T09:00:00Z",
      kind: "call",
      participantIds: [buyer],
      summary: "Bieterfrage über die Vergabeplattform",
    });
    expect((logged.body.warnings as unknown[]).length).toBe(1);

    // The award is made: the procedure is closed, relationships may grow again.
    await call("PATCH", `/api/deals/${tender.id}`, {
      tender: { awardNoticeSentOn: "2026-11-01", awardedOn: "2026-11-20" },
    });
    const after = (await call("POST", "/api/gifts/check", gift)).body.warnings as Array<{ code: string }>;
    expect(after.map((w) => w.code)).not.toContain("running_tender");
    const agendaAfter = (await call("GET", "/api/today")).body as {
      items: Array<{ personId: string; nudge: string }>;
    };
    expect(agendaAfter.items.some((i) => i.personId === buyer && i.nudge === "personal")).toBe(true);
  });

  it("computes the statutory deadlines of a German open procedure", async () => {
    const { call } = await signedInClient(store());
    const response = await call(
      "GET",
      "/api/tender-deadlines?procedure=open&publishedOn=2026-11-27&electronic=true",
    );
    expect(response.status).toBe(200);
    // 30 days with electronic submission (§ 15 Abs. 4 VgV) end on Sunday 27 December: the next working day counts.
    expect(response.body.submissionDeadline).toBe("2026-12-28");
  });
});
