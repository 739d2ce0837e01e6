import { beforeAll, expect, it } from "vitest";
import { renderRetention } from "../cli/commands/retention.ts";
import { runRetention } from "../services/privacy/retention.ts";
import { type caller, memberCaller, signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// Retention rules and the record of processing activities (decision 084). Clock: 2026-11-27.

type QueueItem = { personId: string; reason: string; dueSince: string; factCount: number };

describeEachStore("API: retention review and the Art. 30 register", (store) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let colleague: ReturnType<typeof caller>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    client = await signedInClient(store());
    colleague = await memberCaller(client);
    const { call } = client;
    const company = (await call("POST", "/api/companies", { name: "Alt GmbH" })).body.id as string;
    const person = async (lastName: string, last: string | null, extra: object = {}) => {
      const id = (await call("POST", "/api/people", { lastName, ...extra })).body.id as string;
      await call("POST", "/api/facts", { personId: id, category: "hobby", text: `${lastName} segelt` });
      if (last)
        await call("POST", "/api/interactions", { occurredAt: last, kind: "call", participantIds: [id] });
      return id;
    };
    ids.old = await person("Altkontakt", "2024-11-20T10:00:00Z");
    ids.recent = await person("Frisch", "2025-10-01T10:00:00Z");
    ids.leaver = await person("Wechsler", "2026-11-01T10:00:00Z", { companyId: company });
    await call("PATCH", `/api/people/${ids.leaver}`, { companyId: null });
    await colleague("POST", "/api/facts", {
      personId: ids.old,
      category: "family",
      text: "Privat vom Kollegen",
    });
  });

  const queue = async (who = client.call) =>
    (await who("GET", "/api/privacy/review-queue")).body.items as QueueItem[];

  it("queues personal facts 24 months after the last interaction and when someone leaves their company", async () => {
    expect((await queue()).map((q) => [q.personId, q.reason, q.dueSince, q.factCount])).toEqual([
      [ids.old, "no_contact", "2026-11-20", 1],
      [ids.leaver, "left_company", "2026-11-27", 1],
    ]);
    // The colleague sees their own private fact, not the owner's.
    expect((await queue(colleague)).map((q) => [q.personId, q.factCount])).toEqual([[ids.old, 1]]);
  });

  it("follows the workspace's rules, which owners and admins change", async () => {
    expect((await colleague("PATCH", "/api/privacy/settings", { factReviewMonths: 12 })).status).toBe(403);
    const changed = await client.call("PATCH", "/api/privacy/settings", {
      factReviewMonths: 12,
      reviewOnLeavingCompany: false,
      controllerName: "Alt & Neu Vertrieb GmbH",
    });
    expect(changed.body).toMatchObject({
      factReviewMonths: 12,
      reviewOnLeavingCompany: false,
      hosting: "self_hosted",
    });
    expect((await queue()).map((q) => q.personId)).toEqual([ids.old, ids.recent]);
    await client.call("PATCH", "/api/privacy/settings", {
      factReviewMonths: 24,
      reviewOnLeavingCompany: true,
    });
  });

  it("a review that keeps the facts takes the person off the queue", async () => {
    const reviewed = (await client.call("POST", "/api/people", { lastName: "Geprüft" })).body.id as string;
    await client.call("POST", "/api/facts", { personId: reviewed, category: "hobby", text: "Golf" });
    await client.call("POST", "/api/interactions", {
      occurredAt: "2023-01-01T10:00:00Z",
      kind: "call",
      participantIds: [reviewed],
    });
    expect((await queue()).map((q) => q.personId)).toContain(reviewed);
    await client.call("PATCH", `/api/people/${reviewed}/privacy`, { factsReviewedOn: "2026-11-27" });
    expect((await queue()).map((q) => q.personId)).not.toContain(reviewed);
  });

  it("the retention run reports first, deletes every author's facts with --apply, and is audited", async () => {
    const dry = await runRetention(client.ctx, client.workspace.id, { apply: false });
    expect(dry.queue.map((q) => [q.personId, q.factCount])).toEqual([
      [ids.old, 2],
      [ids.leaver, 1],
    ]);
    expect(renderRetention([dry], "de")).toContain("Nichts gelöscht. Mit --apply löschen.");
    expect((await client.call("GET", `/api/facts?personId=${ids.old}`)).body.total).toBe(1);

    const run = await runRetention(client.ctx, client.workspace.id, { apply: true });
    expect(run.deletedFacts).toBe(3);
    expect(renderRetention([run], "en")).toContain("3 personal facts deleted.");
    expect((await client.call("GET", `/api/facts?personId=${ids.old}`)).body.total).toBe(0);
    expect((await colleague("GET", `/api/facts?personId=${ids.old}`)).body.total).toBe(0);
    expect((await client.call("GET", `/api/facts?personId=${ids.recent}`)).body.total).toBe(1);
    expect((await client.call("GET", "/api/search?q=altkontakt%20segelt")).body.items).toEqual([]);
    expect(await queue()).toEqual([]);
    const audit = (await client.call("GET", "/api/audit?limit=1000")).body.items as Array<{
      action: string;
      detail: Record<string, unknown>;
    }>;
    expect(audit.find((e) => e.action === "retention_applied")?.detail).toMatchObject({
      people: 2,
      facts: 3,
    });
  });

  it("generates the register of processing activities in German and English, as Markdown and HTML", async () => {
    const de = await client.call("GET", "/api/privacy/register?lang=de");
    expect(de.status).toBe(200);
    expect(de.response.headers["content-type"]).toContain("text/markdown");
    const md = String(de.body);
    expect(md).toMatch(/^# Verzeichnis von Verarbeitungstätigkeiten \(Art\. 30 DSGVO\)/);
    expect(md).toContain("Name: Alt & Neu Vertrieb GmbH");
    expect(md).toContain("Kontakte: 4");
    expect(md).toContain("Persönliches – Hobbys und Interessen");
    const en = await client.call("GET", "/api/privacy/register?format=html&lang=en");
    expect(en.response.headers["content-type"]).toContain("text/html");
    expect(String(en.body)).toContain("Record of processing activities (Art. 30 GDPR)");
    expect(String(en.body)).toContain("Alt &amp; Neu Vertrieb GmbH");
  });
});
