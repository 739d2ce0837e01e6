import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { IMPORT_BATCH_SIZE } from "../services/io/import-contacts.ts";
import { signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// Cancelling an import in the web app aborts its upload. This suite does the same over a real
// socket: the server must keep the whole batches it committed, write nothing of the rows it read
// since, log the import as cut off, and account for every row when the file is sent again.

const HEADER = "Vorname;Nachname;E-Mail geschäftlich;Firma";
const TOTAL_ROWS = 5_000;
/** Sent before the abort: two whole batches and half of a third. */
const ROWS_BEFORE_ABORT = IMPORT_BATCH_SIZE * 2 + IMPORT_BATCH_SIZE / 4;

function csvRow(i: number): string {
  const code = i.toString(26);
  return `Abbruch${code};Kunde${code}x${code};abbruch${i}@example.test;Firma ${i % 50} GmbH`;
}

function csvLines(from: number, to: number): string {
  const rows: string[] = [];
  for (let i = from; i < to; i += 1) rows.push(csvRow(i));
  return `${rows.join("\r\n")}\r\n`;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describeEachStore("API: an import whose upload is cancelled", (store) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  let port: number;

  beforeAll(async () => {
    client = await signedInClient(store());
    await client.app.listen({ port: 0, host: "127.0.0.1" });
    port = (client.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await client.app.close();
  });

  const countOf = async (table: "people" | "person_channels" | "person_privacy" | "open_loops") => {
    const row = await client.ctx.store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", client.workspace.id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it("keeps whole batches, writes nothing of the rest, logs the cut-off import, and a second upload accounts for every row", async () => {
    const runId = randomUUID();
    const request = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: `/api/import?onDuplicate=skip&filename=kontakte.csv&runId=${runId}`,
      headers: { authorization: `Bearer ${client.token}`, "content-type": "text/csv; charset=utf-8" },
    });
    request.on("error", () => {
      // the abort below resets the socket; that is the point
    });
    request.write(`${HEADER}\r\n${csvLines(0, ROWS_BEFORE_ABORT)}`);

    // The server writes a batch as soon as it has read its last row: wait for two, then cancel
    // while the third is half read.
    await until("two committed batches", async () =>
      (await countOf("people")) >= IMPORT_BATCH_SIZE * 2 ? true : undefined,
    );
    request.destroy();

    const entry = await until("the import's audit entry", () =>
      client.ctx.store.db
        .selectFrom("audit_log")
        .select(["detail", "actor_id"])
        .where("workspace_id", "=", client.workspace.id)
        .where("action", "=", "import")
        .executeTakeFirst(),
    );
    const detail = JSON.parse(String(entry.detail)) as Record<string, unknown>;
    expect(entry.actor_id).toBe(client.owner.id);
    expect(detail).toMatchObject({
      format: "csv",
      aborted: true,
      created: IMPORT_BATCH_SIZE * 2,
      failed: ROWS_BEFORE_ABORT - IMPORT_BATCH_SIZE * 2,
      rowsRead: ROWS_BEFORE_ABORT,
    });

    // The client that cut the upload off learns from the history what was stored.
    const history = await until("the import's end in its history", async () => {
      const response = await client.call("GET", `/api/imports/${runId}`);
      return response.status === 200 && response.body.state !== "running" ? response.body : undefined;
    });
    expect(history).toMatchObject({
      id: runId,
      userId: client.owner.id,
      fileName: "kontakte.csv",
      format: "csv",
      outcome: "stopped",
      state: "stopped",
      rowsRead: ROWS_BEFORE_ABORT,
      created: IMPORT_BATCH_SIZE * 2,
      merged: 0,
      skipped: 0,
      failed: ROWS_BEFORE_ABORT - IMPORT_BATCH_SIZE * 2,
    });
    const reason = history.stopReason as { de: string; en: string };
    expect(reason.de).toContain("abgebrochen");
    expect(reason.en).toContain("cancelled");
    expect(history.finishedAt).toEqual(expect.any(String));

    // Every stored contact is whole: its email, its Art. 14 record and the reminder to inform them.
    const stored = await countOf("people");
    const companies = 50;
    expect(stored).toBe(IMPORT_BATCH_SIZE * 2);
    expect(await countOf("person_channels")).toBe(stored);
    expect(await countOf("person_privacy")).toBe(stored);
    expect(await countOf("open_loops")).toBe(stored);
    const found = await client.call("GET", "/api/search?q=kunde0x0");
    expect(found.body.items).toEqual([expect.objectContaining({ type: "person" })]);

    // The server is still well, and the whole file again skips what is there and adds the rest.
    const again = await client.app.inject({
      method: "POST",
      url: "/api/import?onDuplicate=skip&filename=kontakte.csv",
      payload: `${HEADER}\r\n${csvLines(0, TOTAL_ROWS)}`,
      headers: { authorization: `Bearer ${client.token}`, "content-type": "text/csv" },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      aborted: null,
      rowsRead: TOTAL_ROWS,
      skipped: stored,
      created: TOTAL_ROWS - stored,
      failed: 0,
      companiesCreated: 0,
    });
    expect(await countOf("people")).toBe(TOTAL_ROWS);
    const companyRows = await client.ctx.store.db
      .selectFrom("companies")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", client.workspace.id)
      .executeTakeFirstOrThrow();
    expect(Number(companyRows.n)).toBe(companies);
  });
});
