import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { insertImportRun } from "../store/import-runs.ts";
import { type caller, memberCaller, signedInClient, uploader } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// The import history: what each import stored, asked for by the id the client chose, so a client
// that cancelled its upload (and so never got the report) still learns it. Each user sees only
// their own imports.

const CSV = [
  "Vorname;Nachname;E-Mail geschäftlich;Firma;Geburtstag",
  "Anna;Verlauf;anna.verlauf@example.test;Verlauf GmbH;",
  "Ben;Verlauf;ben.verlauf@example.test;Verlauf GmbH;01.02.1980",
  "Cem;Verlauf;cem.verlauf@example.test;Verlauf GmbH;30.02.1979",
].join("\r\n");

describeEachStore("API: import history", (store) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let member: ReturnType<typeof caller>;
  let upload: ReturnType<typeof uploader>;

  beforeAll(async () => {
    client = await signedInClient(store());
    member = await memberCaller(client);
    upload = uploader(client.app, client.token);
  });

  const peopleTotal = async () => (await client.call("GET", "/api/people")).body.total as number;

  it("keeps an import under the id the client chose, with the counts of its report", async () => {
    const runId = randomUUID();
    const response = await upload(`/api/import?filename=verlauf.csv&runId=${runId}`, CSV, "text/csv");
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ runId, created: 2, failed: 1, rowsRead: 3, companiesCreated: 1 });

    const entry = (await client.call("GET", `/api/imports/${runId}`)).body;
    expect(entry).toMatchObject({
      id: runId,
      userId: client.owner.id,
      fileName: "verlauf.csv",
      format: "csv",
      onDuplicate: "merge",
      outcome: "complete",
      state: "complete",
      rowsRead: 3,
      created: 2,
      merged: 0,
      skipped: 0,
      failed: 1,
      companiesCreated: 1,
      familyMembersCreated: 0,
      stopReason: null,
    });
    expect(String(entry.finishedAt) >= String(entry.startedAt)).toBe(true);
    const list = (await client.call("GET", "/api/imports")).body.items as Array<{ id: string }>;
    expect(list[0]?.id).toBe(runId);
  });

  it("names an import itself when the client does not", async () => {
    const response = await upload("/api/import?onDuplicate=skip", CSV, "text/csv");
    const { runId } = response.json();
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    const list = (await client.call("GET", "/api/imports")).body.items as Array<Record<string, unknown>>;
    expect(list.find((entry) => entry.id === runId)).toMatchObject({
      skipped: 2,
      created: 0,
      failed: 1,
      state: "complete",
    });
  });

  const historyLength = async () =>
    ((await client.call("GET", "/api/imports")).body.items as unknown[]).length;

  it("keeps no entry for a preview, which writes nothing", async () => {
    const before = await historyLength();
    const preview = await upload("/api/import/preview", CSV, "text/csv");
    expect(preview.json()).toMatchObject({ dryRun: true, runId: null });
    expect(await historyLength()).toBe(before);
  });

  it("refuses an id that is taken, before reading a row, and one that is not an id", async () => {
    const runId = randomUUID();
    expect((await upload(`/api/import?runId=${runId}`, CSV, "text/csv")).statusCode).toBe(200);
    const total = await peopleTotal();
    const other = CSV.replaceAll("Verlauf", "Zweitlauf");
    const taken = await upload(`/api/import?runId=${runId}`, other, "text/csv");
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toContain("runId");
    expect(await peopleTotal()).toBe(total);

    const invalid = await upload("/api/import?runId=abc", other, "text/csv");
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields).toEqual([expect.objectContaining({ field: "runId" })]);
    expect(await peopleTotal()).toBe(total);
  });

  it("undoes an import once, for its own user only", async () => {
    const runId = randomUUID();
    const other = CSV.replace(/verlauf/gi, "Rueckhof");
    expect((await upload(`/api/import?runId=${runId}`, other, "text/csv")).json()).toMatchObject({
      created: 2,
    });
    expect((await member("POST", `/api/imports/${runId}/undo`, {})).status).toBe(404);
    const undone = await client.call("POST", `/api/imports/${runId}/undo`, {});
    expect(undone.status).toBe(200);
    expect(undone.body).toEqual({ removed: 2, kept: 0, companiesRemoved: 1, mergedStay: 0 });
    expect((await client.call("GET", "/api/search?q=Rueckhof")).body.items).toEqual([]);
    expect((await client.call("GET", `/api/imports/${runId}`)).body.undone).toMatchObject({
      removed: 2,
      kept: 0,
    });
    const again = await client.call("POST", `/api/imports/${runId}/undo`, {});
    expect(again.status).toBe(409);
    expect((again.body.error as { message: string }).message).toMatch(/undone already/);
  });

  it("shows a colleague none of it", async () => {
    const mine = (await client.call("GET", "/api/imports")).body.items as Array<{ id: string }>;
    expect(mine.length).toBeGreaterThan(0);
    const theirs = await member("GET", "/api/imports");
    expect(theirs.status).toBe(200);
    expect(theirs.body.items).toEqual([]);
    for (const { id } of mine) expect((await member("GET", `/api/imports/${id}`)).status).toBe(404);
    expect((await client.call("GET", "/api/imports/not-an-id")).status).toBe(404);
  });

  it("shows an import that stopped reporting without finishing as interrupted, and lists the newest first", async () => {
    const started = ["2020-01-02T00:00:00.000Z", "2020-01-01T00:00:00.000Z", "2020-01-03T00:00:00.000Z"];
    const ids: string[] = started.map(() => randomUUID());
    for (const [i, startedAt] of started.entries()) {
      await insertImportRun(client.ctx.store.db, client.workspace.id, {
        id: ids[i] ?? "",
        userId: client.owner.id,
        format: "vcard",
        fileName: null,
        onDuplicate: "merge",
        startedAt,
      });
    }
    expect((await client.call("GET", `/api/imports/${ids[0]}`)).body).toMatchObject({
      outcome: "running",
      state: "interrupted",
      finishedAt: null,
    });
    const listed = ((await client.call("GET", "/api/imports")).body.items as Array<{ id: string }>)
      .map((entry) => entry.id)
      .filter((id) => ids.includes(id));
    expect(listed).toEqual([ids[2], ids[0], ids[1]]);
  });
});
