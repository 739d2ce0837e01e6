import { PassThrough } from "node:stream";
import { beforeAll, expect, it } from "vitest";
import { signedInClient, uploader } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";
import { IMPORTS_AT_ONCE } from "./import-slots.ts";

// Each running import holds the duplicate index of its file in the server's memory; a server runs
// only so many at once and refuses the next plainly, instead of growing without bound.

describeEachStore("API: imports at once", (store) => {
  let client: Awaited<ReturnType<typeof signedInClient>>;
  beforeAll(async () => {
    client = await signedInClient(store());
  });

  const upload = (url: string, payload: PassThrough | string) =>
    uploader(client.app, client.token, "de")(url, payload);

  it("runs two, refuses a third with 429 and a time to retry, and takes the next once one ends", async () => {
    const files = Array.from({ length: IMPORTS_AT_ONCE }, () => new PassThrough());
    const running = files.map((file, index) =>
      upload(index === 0 ? "/api/import/preview" : "/api/import", file),
    );
    for (const [index, file] of files.entries()) file.write(`Vorname;Nachname\r\nLaufend;Import${index}\r\n`);
    // Let both requests reach their handlers, which now wait for the rest of their files.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const refused = await upload("/api/import", "Vorname;Nachname\r\nDritter;Import\r\n");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("30");
    expect(refused.json().error.message).toBe(
      "Gerade laufen schon zwei Importe. Bitte in einer halben Minute noch einmal versuchen.",
    );

    for (const file of files) file.end();
    const finished = await Promise.all(running);
    expect(finished.map((response) => response.statusCode)).toEqual([200, 200]);
    expect(finished.map((response) => response.json().rowsRead)).toEqual([1, 1]);

    const next = await upload("/api/import", "Vorname;Nachname\r\nDritter;Import\r\n");
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ created: 1 });
  });

  it("frees its slot when an import is refused or fails", async () => {
    for (let i = 0; i < IMPORTS_AT_ONCE + 1; i += 1) {
      const bad = await upload("/api/import?preset=excel", "a;b");
      expect(bad.statusCode).toBe(400);
    }
    expect((await upload("/api/import/preview", "Vorname;Nachname\r\nFrei;Slot\r\n")).statusCode).toBe(200);
  });
});
