import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { personCreateInput } from "../../core/schemas/person.ts";
import { insertPerson } from "../../store/people.ts";
import { buildPerson, buildWorkspace, testContext } from "../../test/factories.ts";
import { untilOneWaitsForLock } from "../../test/lock-waits.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { listPeople, updatePerson } from "../people.ts";
import { phoneCountryForWrite, updateWorkspaceSettings } from "../workspace-settings.ts";
import { findDuplicateGroups } from "./duplicate-groups.ts";
import { importContacts, previewImport } from "./import-contacts.ts";
import { findLikelyDuplicates } from "./likely-duplicates.ts";

// The workspace's country for phone numbers without a country code (decision 112): an Austrian
// team's "0664 …" is the "+43 664 …" of the same person, in imports, on the person page and in the
// duplicates list, and changing the country rewrites the keys already stored.

/** Kundenfreund's own CSV layout (identified by its "Beziehungen" column), one contact per row. */
function csvWithMobiles(...rows: Array<[firstName: string, lastName: string, mobile: string]>): string {
  const lines = ["Vorname;Nachname;Mobiltelefon;Beziehungen", ...rows.map((row) => `${row.join(";")};`)];
  return `${lines.join("\r\n")}\r\n`;
}

describeEachStore("the workspace's country for phone numbers", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeEach(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  const storedKeys = async (personId: string) =>
    (
      await store()
        .db.selectFrom("person_channels")
        .select("value_key")
        .where("person_id", "=", personId)
        .where("kind", "=", "phone")
        .orderBy("position")
        .execute()
    ).map((row) => row.value_key);

  it("matches an import's '0664 1234567' with a contact's '+43 664 1234567' in Austria, not in Germany", async () => {
    const jakob = await buildPerson(ctx, actor, {
      firstName: "Jakob",
      lastName: "Gruber",
      channels: [{ kind: "phone", label: "mobile", value: "+43 664 1234567" }],
    });
    const file = csvWithMobiles(["Jakob", "Gruber", "0664 1234567"]);

    // In Germany "0664 …" is a German number: another person.
    const asGerman = await previewImport(ctx, actor, file);
    expect(asGerman).toMatchObject({ created: 1, merged: 0, duplicates: [] });

    await updateWorkspaceSettings(ctx, actor, { phoneCountry: "AT" });
    const report = await importContacts(ctx, actor, file);
    expect(report).toMatchObject({ created: 0, merged: 1 });
    expect(report.duplicates).toEqual([
      expect.objectContaining({ action: "merged", personId: jakob.id, matchedBy: "phone" }),
    ]);
    expect((await listPeople(ctx, actor, { limit: 10 })).items.map((p) => p.id)).toEqual([jakob.id]);
  });

  it("rewrites the stored keys of the workspace's national numbers when the country changes", async () => {
    const national = await buildPerson(ctx, actor, {
      channels: [
        { kind: "phone", label: "mobile", value: "0664 1234567" },
        { kind: "phone", label: "work", value: "+49 30 1234567" },
      ],
    });
    const international = await buildPerson(ctx, actor, {
      channels: [{ kind: "phone", label: "work", value: "+43 664 1234567" }],
    });
    const elsewhere = await buildWorkspace(ctx);
    const german = await buildPerson(ctx, elsewhere.actor, {
      channels: [{ kind: "phone", label: "mobile", value: "0664 1234567" }],
    });
    expect(await storedKeys(national.id)).toEqual(["00496641234567", "0049301234567"]);
    expect(await findLikelyDuplicates(ctx, actor, national.id)).toEqual([]);
    expect((await findDuplicateGroups(ctx, actor)).items).toEqual([]);

    await updateWorkspaceSettings(ctx, actor, { phoneCountry: "AT" });
    expect(await storedKeys(national.id)).toEqual(["00436641234567", "0049301234567"]);
    expect(await storedKeys(international.id)).toEqual(["00436641234567"]);
    // Another workspace keeps its own country and keys.
    expect(await storedKeys(german.id)).toEqual(["00496641234567"]);
    const likely = await findLikelyDuplicates(ctx, actor, national.id);
    expect(likely.map((d) => [d.person.id, d.matchedBy])).toEqual([[international.id, ["phone"]]]);
    const groups = (await findDuplicateGroups(ctx, actor)).items;
    expect(groups.map((g) => g.people.map((p) => p.id).sort())).toEqual([
      [national.id, international.id].sort(),
    ]);

    // And back: the keys follow the setting both ways.
    await updateWorkspaceSettings(ctx, actor, { phoneCountry: "DE" });
    expect(await storedKeys(national.id)).toEqual(["00496641234567", "0049301234567"]);
  });

  it("keys numbers typed in with the country in force", async () => {
    await updateWorkspaceSettings(ctx, actor, { phoneCountry: "CH" });
    const anna = await buildPerson(ctx, actor, {
      channels: [{ kind: "phone", label: "mobile", value: "079 123 45 67" }],
    });
    expect(await storedKeys(anna.id)).toEqual(["0041791234567"]);
    await updatePerson(ctx, actor, anna.id, {
      channels: [{ kind: "phone", label: "mobile", value: "078 765 43 21" }],
    });
    expect(await storedKeys(anna.id)).toEqual(["0041787654321"]);
  });

  it("stops an import when the country changes between two of its batches; the batch before stays, rekeyed", async () => {
    // The first chunk is more than the 64 KB the encoding is sniffed from (a column the import
    // does not read fills it), so the import has written its first row (batch size 1) when it asks
    // for the next chunk.
    const filler = "x".repeat(70_000);
    async function* rowsWithChangeBetween() {
      yield `Vorname;Nachname;Mobiltelefon;Füllung;Beziehungen\r\nLena;Frick;235 12 34;${filler};\r\n`;
      await updateWorkspaceSettings(ctx, actor, { phoneCountry: "LI" });
      yield "Marco;Büchel;236 45 67;;\r\nNina;Wohlwend;237 00 00;;\r\n";
    }
    const report = await importContacts(ctx, actor, rowsWithChangeBetween(), {}, { batchSize: 1 });
    expect(report).toMatchObject({ rowsRead: 2, created: 1, failed: 1 });
    expect(report.aborted?.en).toContain("the country for phone numbers was changed during the import");
    const [lena] = (await listPeople(ctx, actor, { limit: 10 })).items;
    expect(lena?.lastName).toBe("Frick");
    // Keyed as a German local number when written, rekeyed as a Liechtenstein number by the change.
    expect(await storedKeys(lena?.id ?? "")).toEqual(["004232351234"]);
  });

  it("a change of the country waits for a transaction that is storing keys, then rekeys them too", async () => {
    let change: Promise<unknown> | undefined;
    const personId = await store()
      .db.transaction()
      .execute(async (trx) => {
        const country = await phoneCountryForWrite(trx, actor.workspaceId);
        change = updateWorkspaceSettings(ctx, actor, { phoneCountry: "AT" });
        // PostgreSQL: the change is waiting for this transaction's hold on the setting. (SQLite
        // runs one transaction at a time; the change starts once this one commits.)
        await untilOneWaitsForLock(store());
        const input = personCreateInput.parse({
          firstName: "Nina",
          lastName: "Haas",
          channels: [{ kind: "phone", label: "mobile", value: "0664 1234567" }],
        });
        return insertPerson(trx, actor.workspaceId, input, {
          now: ctx.clock().toISOString(),
          authorId: actor.userId,
          phoneCountry: country,
        });
      });
    await change;
    expect(await storedKeys(personId)).toEqual(["00436641234567"]);
  });
});
