import { expect, it } from "vitest";
import type { AnalyticsFigure } from "../core/analytics/index.ts";
import type { UserRole } from "../core/vocabulary.ts";
import type { ServiceContext } from "../services/context.ts";
import { createApiToken } from "../services/credentials.ts";
import { caller, signedInClient } from "../test/api-client.ts";
import { actorOf, buildUser, FIXED_NOW, testContext } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";

// The test clock is 2026-11-27 (src/test/factories.ts).

type Row = Record<string, unknown>;
const rowOf = (figure: AnalyticsFigure, key: string, value: unknown) =>
  figure.rows.find((r) => r[key] === value) as Row;

async function member(
  ctx: ServiceContext,
  workspaceId: string,
  app: Parameters<typeof caller>[0],
  role: UserRole = "member",
) {
  const user = await buildUser(ctx, workspaceId, role);
  const { secret } = await createApiToken(ctx, actorOf(user), {
    name: role,
    scope: "write",
    expiresInDays: null,
  });
  return { user, call: caller(app, secret) };
}

describeEachStore("API: analytics — does friendship sell?", (store) => {
  it("win rate by the decision makers' warmth at the decision, with counts, cautions and CSV for German Excel", async () => {
    const { call, ctx } = await signedInClient(store());
    const warm = (
      await call("POST", "/api/people", { firstName: "Anna", lastName: "Warm", knownSince: "2024-01-01" })
    ).body.id as string;
    const cold = (await call("POST", "/api/people", { firstName: "Bernd", lastName: "Kalt" })).body
      .id as string;
    for (const month of ["06", "08", "10", "11"]) {
      await call("POST", "/api/interactions", {
        occurredAt: `2026-${month}-12T10:00:00Z`,
        kind: "meal",
        participantIds: [warm],
        initiatedBy: "them",
        personal: true,
        trust: 5,
      });
    }
    await call("POST", "/api/interactions", {
      occurredAt: "2025-01-10T10:00:00Z",
      kind: "call",
      participantIds: [cold],
    });
    const won = (await call("POST", "/api/deals", { title: "Pumpen", valueCents: 5_000_000 })).body.deal as {
      id: string;
    };
    await call("POST", `/api/deals/${won.id}/stakeholders`, {
      personId: warm,
      role: "decision_maker",
      influence: 3,
    });
    await call("POST", `/api/deals/${won.id}/close`, { status: "won", reason: "relationship" });
    const lost = (await call("POST", "/api/deals", { title: "Ventile", valueCents: 1_000_000 })).body
      .deal as { id: string };
    await call("POST", `/api/deals/${lost.id}/stakeholders`, { personId: cold, role: "decision_maker" });
    await call("POST", `/api/deals/${lost.id}/close`, { status: "lost", reason: "price" });

    const response = await call("GET", "/api/analytics/win-rate-by-warmth");
    expect(response.status).toBe(200);
    const figure = response.body as unknown as AnalyticsFigure;
    expect(figure).toMatchObject({ figure: "win-rate-by-warmth", scope: "me", sample: null });
    expect(figure.chart).toEqual({ kind: "bar", x: "label", y: ["winRate"] });
    const warmRow = figure.rows.find((r) => r.won === 1) as Row;
    expect(["warm", "close"]).toContain(warmRow.group);
    expect(warmRow).toMatchObject({ count: 1, winRate: 1, averageWonCents: 5_000_000, smallSample: true });
    expect(rowOf(figure, "group", "cold")).toMatchObject({ count: 1, won: 0, lost: 1, winRate: 0 });
    expect((warmRow.caution as { en: string }).en).toMatch(/^Small sample: only 1 deal/);
    expect(figure.caution?.de).toContain("Kleine Stichprobe");

    const csv = await call("GET", "/api/analytics/win-rate-by-warmth?format=csv", undefined, {
      "accept-language": "de",
    });
    expect(csv.status).toBe(200);
    expect(csv.response.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.response.headers["content-disposition"]).toContain(
      "kundenfreund-win-rate-by-warmth-me-2026-11-27.csv",
    );
    const text = csv.response.body;
    expect(text.startsWith("\uFEFFGruppe;Anzahl;gewonnen;verloren;Gewinnquote (%);")).toBe(true);
    expect(text).toContain("\r\nkalt;1;0;1;0,0;");
    expect(text).toContain("50000,00");

    // A deal closed without a snapshot is judged by the relationship as of its close day: the
    // meals after 31 March do not count, so the same decision maker is cold then.
    const early = (await call("POST", "/api/deals", { title: "Altauftrag", valueCents: 2_000_000 })).body
      .deal as {
      id: string;
    };
    await call("POST", `/api/deals/${early.id}/stakeholders`, { personId: warm, role: "decision_maker" });
    await call("POST", `/api/deals/${early.id}/close`, {
      status: "won",
      reason: "product",
      closedOn: "2026-03-31",
    });
    await ctx.store.db
      .updateTable("deal_stakeholders")
      .set({ warmth_at_close: null })
      .where("deal_id", "=", early.id)
      .execute();
    const again = (await call("GET", "/api/analytics/win-rate-by-warmth")).body as unknown as AnalyticsFigure;
    expect(rowOf(again, "group", "cold")).toMatchObject({ count: 2, won: 1, reconstructed: 1 });
    expect(again.note?.en).toContain("reconstructed from earlier interactions for 1 deal");
  });

  it("team view: owners and admins see sums over all members, members are refused, and nobody sees a colleague's private answers or notes", async () => {
    const { app, call: owner, workspace } = await signedInClient(store());
    const ctx = testContext(store());
    const marker = `GEHEIM-${Date.now().toString(36)}`;
    const colleagues = [];
    for (let i = 0; i < 3; i += 1) colleagues.push(await member(ctx, workspace.id, app));
    const [first, second, third] = colleagues as [
      Awaited<ReturnType<typeof member>>,
      ...Awaited<ReturnType<typeof member>>[],
    ];
    const admin = await member(ctx, workspace.id, app, "admin");

    const mine = (await owner("POST", "/api/people", { firstName: "Olga", lastName: "Eigen" })).body
      .id as string;
    await owner("POST", "/api/interactions", {
      occurredAt: "2026-11-02T10:00:00Z",
      kind: "call",
      participantIds: [mine],
      trust: 2,
    });
    const answers = { relaxed: "yes", smiled: "no", listened: "partly", distance: "yes", friendTone: "yes" };
    const logAs = async (who: typeof first, trust: number) => {
      const person = (await who.call("POST", "/api/people", { firstName: "Kim", lastName: "Kunde" })).body
        .id as string;
      const logged = await who.call("POST", "/api/conversations", {
        occurredAt: "2026-11-10T10:00:00Z",
        kind: "meal",
        participantIds: [person],
        atmosphere: 4,
        trust,
        facts: [{ personId: person, category: "family", text: marker }],
        selfCheck: { ...answers, note: marker },
      });
      expect(logged.status).toBe(201);
    };
    await logAs(first, 5);
    await logAs(second as typeof first, 4);

    // members may not look at the team; their own view works
    expect((await (second as typeof first).call("GET", "/api/analytics/self-check?scope=team")).status).toBe(
      403,
    );
    expect(
      (await (second as typeof first).call("GET", "/api/analytics/keep-in-touch?scope=team")).status,
    ).toBe(403);
    const own = (await first.call("GET", "/api/analytics/self-check")).body as unknown as AnalyticsFigure;
    expect(rowOf(own, "month", "2026-11")).toMatchObject({
      reflections: 1,
      score: 0.7,
      relaxedYes: 1,
      atmosphereAverage: 4,
    });

    // the owner's own view holds none of the colleagues' self-checks
    const ownerOwn = (await owner("GET", "/api/analytics/self-check")).body as unknown as AnalyticsFigure;
    expect(rowOf(ownerOwn, "month", "2026-11")).toMatchObject({ reflections: 0, score: null });

    // two authors in November: too few to stay anonymous, so the team month is withheld
    const withheld = (await admin.call("GET", "/api/analytics/self-check?scope=team"))
      .body as unknown as AnalyticsFigure;
    expect(rowOf(withheld, "month", "2026-11")).toMatchObject({
      withheld: true,
      reflections: null,
      score: null,
    });
    await logAs(third as typeof first, 3);
    const team = await owner("GET", "/api/analytics/self-check?scope=team");
    expect(rowOf(team.body as unknown as AnalyticsFigure, "month", "2026-11")).toMatchObject({
      withheld: false,
      reflections: 3,
      relaxedYes: 1,
      smiledYes: 0,
      atmosphereAverage: 4,
    });

    // trends and keep-in-touch: the team sums everyone's contacts, "me" only one's own
    const trendsTeam = (await owner("GET", "/api/analytics/trends?scope=team"))
      .body as unknown as AnalyticsFigure;
    expect(rowOf(trendsTeam, "month", "2026-11")).toMatchObject({
      trustCount: 4,
      trustAverage: 3.5,
      interactions: 4,
    });
    const trendsMine = (await owner("GET", "/api/analytics/trends")).body as unknown as AnalyticsFigure;
    expect(rowOf(trendsMine, "month", "2026-11")).toMatchObject({ trustCount: 1, trustAverage: 2 });
    const keepTeam = (await owner("GET", "/api/analytics/keep-in-touch?scope=team"))
      .body as unknown as AnalyticsFigure;
    expect(keepTeam.rows.at(-1)).toMatchObject({ date: "2026-11-27", contacts: 4 });
    const keepMine = (await owner("GET", "/api/analytics/keep-in-touch")).body as unknown as AnalyticsFigure;
    expect(keepMine.rows.at(-1)).toMatchObject({ contacts: 1, withinCadence: 1 });
    expect(keepMine.sections.overdue?.rows[0]).toMatchObject({ bucket: "on_time", contacts: 1, share: 1 });

    for (const figure of [
      "win-rate-by-warmth",
      "tenders-by-coverage",
      "journey",
      "trends",
      "self-check",
      "keep-in-touch",
    ]) {
      for (const format of ["json", "csv"]) {
        const response = await owner("GET", `/api/analytics/${figure}?scope=team&format=${format}`);
        expect(response.status, figure).toBe(200);
        expect(response.response.body.includes(marker), `${figure} leaks a private text`).toBe(false);
      }
    }
  });

  it("journey: stage moves this quarter, a business contact who became a friend, days to trust and to Du", async () => {
    let tick = 0;
    // Each change a minute apart, as a person would make them.
    const ctx: ServiceContext = {
      store: store(),
      clock: () => new Date(FIXED_NOW.getTime() + 60_000 * tick++),
    };
    const { call } = await signedInClient(store(), { ctx });
    const person = (
      await call("POST", "/api/people", { firstName: "Frieda", lastName: "Freund", knownSince: "2026-01-01" })
    ).body.id as string;
    for (const stage of ["acquaintance", "trust", "friendship"]) {
      expect((await call("POST", `/api/people/${person}/stage`, { stage })).status).toBe(200);
    }
    await call("POST", `/api/people/${person}/address-form`, {
      form: "du",
      offeredBy: "them",
      changedOn: "2026-06-30",
    });
    const figure = (await call("GET", "/api/analytics/journey")).body as unknown as AnalyticsFigure;
    expect(figure.rows).toHaveLength(8);
    expect(figure.rows.at(-1)).toMatchObject({
      quarter: "2026-Q4",
      toAcquaintance: 1,
      toTrust: 1,
      toFriendship: 1,
      up: 3,
    });
    expect(figure.highlights.map((h) => [h.key, h.value, h.count])).toEqual([
      ["becameFriends", 1, 1],
      ["medianDaysToTrust", 330, 1],
      ["medianDaysToDu", 180, 1],
    ]);
    expect(figure.sections.friends?.rows.at(-1)).toMatchObject({ newFriends: 1, friendsSoFar: 1 });
    const csv = await call("GET", "/api/analytics/journey?format=csv&table=friends");
    expect(csv.response.body).toContain("Quarter,new friendships,friendships so far");
    const semicolons = await call(
      "GET",
      "/api/analytics/journey?format=csv&table=friends&delimiter=semicolon",
    );
    expect(semicolons.response.body).toContain("Quarter;new friendships;friendships so far");
    expect((await call("GET", "/api/analytics/journey?format=csv&delimiter=tab")).status).toBe(400);
    expect((await call("GET", "/api/analytics/journey?format=csv&table=nope")).status).toBe(404);
    expect((await call("GET", "/api/analytics/journey?scope=everyone")).status).toBe(400);
  });

  it("tenders by coverage on the eve of publication", async () => {
    const { call } = await signedInClient(store());
    const buyer = (await call("POST", "/api/people", { firstName: "Petra", lastName: "Kaufmann" })).body
      .id as string;
    const tender = (
      await call("POST", "/api/deals", {
        title: "Rahmenvertrag",
        valueCents: 50_000_000,
        tender: { procedure: "open", publishedOn: "2026-09-01" },
      })
    ).body.deal as { id: string };
    await call("POST", `/api/deals/${tender.id}/stakeholders`, {
      personId: buyer,
      role: "decision_maker",
      influence: 3,
    });
    await call("POST", `/api/deals/${tender.id}/close`, { status: "lost", reason: "price" });
    // warm contact only after publication: too late for this tender
    for (const month of ["09", "10", "11"]) {
      await call("POST", "/api/interactions", {
        occurredAt: `2026-${month}-05T10:00:00Z`,
        kind: "meal",
        participantIds: [buyer],
        personal: true,
        trust: 5,
      });
    }
    const figure = (await call("GET", "/api/analytics/tenders-by-coverage"))
      .body as unknown as AnalyticsFigure;
    expect(rowOf(figure, "group", "cold")).toMatchObject({
      count: 1,
      won: 0,
      lost: 1,
      averageCoverage: 0,
      smallSample: true,
    });
    expect(figure.rows.reduce((n, r) => n + (r.count as number), 0)).toBe(1);
  });
});
