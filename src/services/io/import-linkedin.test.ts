import { readFileSync } from "node:fs";
import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { buildPerson, buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { listPeople } from "../people.ts";
import { importContacts } from "./import-contacts.ts";

// LinkedIn's Connections.csv: the notes above the header are read past (decision 122), and the day
// two people connected becomes since when the user knows them (decision 124).

const CONNECTIONS = readFileSync(new URL("../../io/fixtures/csv/linkedin-connections.csv", import.meta.url));

describeEachStore("importing LinkedIn connections", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;

  beforeEach(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  const people = async () =>
    new Map((await listPeople(ctx, actor, { limit: 100 })).items.map((p) => [p.lastName, p]));

  it("creates every connection, known since the day they connected", async () => {
    const report = await importContacts(ctx, actor, CONNECTIONS, { filename: "Connections.csv" });
    expect(report).toMatchObject({ rowsRead: 3, created: 3, failed: 0 });
    expect(report.csv).toMatchObject({ preset: "linkedin" });
    const byName = await people();
    expect(byName.get("Krüger")).toMatchObject({
      knownSince: "2024-03-14",
      jobTitle: "Leiterin Einkauf",
      channels: [
        { kind: "social", label: "work", value: "https://www.linkedin.com/in/sabine-krueger-4a1b2c" },
      ],
    });
    expect(byName.get("Aydın")?.knownSince).toBe("2021-11-02");
    expect(byName.get("Becker")?.knownSince).toBe("2019-07-28");
  });

  it("keeps the day the user entered for someone they knew before, and adds what is new", async () => {
    const deniz = await buildPerson(ctx, actor, {
      firstName: "Deniz",
      lastName: "Aydın",
      knownSince: "2015-05-01",
      channels: [{ kind: "email", label: "work", value: "deniz.aydin@example.com" }],
    });
    const report = await importContacts(ctx, actor, CONNECTIONS);
    expect(report).toMatchObject({ created: 2, merged: 1, mergedIntoExisting: 1 });
    const merged = (await people()).get("Aydın");
    expect(merged).toMatchObject({ id: deniz.id, knownSince: "2015-05-01", jobTitle: "Geschäftsführer" });
    expect(merged?.channels.map((c) => c.kind)).toEqual(["email", "social"]);
  });

  it("says when a 'known since' without a year cannot be kept, and keeps the row", async () => {
    const csv = "Vorname;Nachname;Bekannt seit\r\nOhne;Jahr;14.03.\r\n";
    const report = await importContacts(ctx, actor, csv);
    expect(report).toMatchObject({ created: 1, failed: 0 });
    expect((await people()).get("Jahr")?.knownSince).toBeNull();
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        row: 2,
        message: expect.objectContaining({ de: "Bekannt seit 14.03. nicht übernommen: ohne Jahr." }),
      }),
    );
  });
});
