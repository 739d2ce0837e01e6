import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { actorOf, buildPerson, buildUser, buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { listFacts, updateFact } from "../facts.ts";
import { listPeople } from "../people.ts";
import { getToday } from "../relationship.ts";
import { search } from "../search.ts";
import { importContacts, previewImport } from "./import-contacts.ts";
import { undoImport } from "./undo-import.ts";

// An anniversary in a vCard or CSV becomes an important date among the importer's own facts, which
// Heute shows every year (decision 123). Before, the import read it and dropped it unnoticed.

const card = (name: string, email: string, anniversary: string) =>
  [
    "BEGIN:VCARD",
    "VERSION:4.0",
    `FN:${name}`,
    `N:${name.split(" ")[1]};${name.split(" ")[0]};;;`,
    `EMAIL;TYPE=work:${email}`,
    `ANNIVERSARY:${anniversary}`,
    "END:VCARD",
    "",
  ].join("\r\n");

describeEachStore("anniversaries from an import", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  let colleague: Actor;

  beforeEach(async () => {
    ctx = testContext(store());
    const built = await buildWorkspace(ctx);
    actor = built.actor;
    colleague = actorOf(await buildUser(ctx, built.workspace.id, "member"));
  });

  const personNamed = async (lastName: string) => {
    const person = (await listPeople(ctx, actor, { limit: 100 })).items.find((p) => p.lastName === lastName);
    if (!person) throw new Error(`no ${lastName}`);
    return person;
  };
  const datesOf = async (who: Actor, personId: string) =>
    (await listFacts(ctx, who, { personId, limit: 100 })).items.filter(
      (f) => f.category === "important_date",
    );

  it("keeps the wedding day as the importer's private important date, once however often imported", async () => {
    const file = card("Hanna Hochzeit", "hanna@jahrestag.test", "20100612");
    // A preview counts what it would keep and keeps nothing.
    expect(await previewImport(ctx, actor, file)).toMatchObject({ created: 1, importantDatesAdded: 1 });
    expect(await importContacts(ctx, actor, file)).toMatchObject({
      created: 1,
      failed: 0,
      importantDatesAdded: 1,
    });
    const hanna = await personNamed("Hochzeit");
    const dates = await datesOf(actor, hanna.id);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({
      text: "Hochzeitstag",
      refersTo: "2010-06-12",
      authorId: actor.userId,
      shared: false,
    });
    // Private to the one who imported it, like every fact until shared.
    expect(await datesOf(colleague, hanna.id)).toEqual([]);
    expect((await search(ctx, colleague, { q: "Hochzeitstag" })).items).toEqual([]);
    expect((await search(ctx, actor, { q: "Hochzeitstag" })).items).toHaveLength(1);

    // The same file again merges into Hanna and adds no second date; its preview says so too.
    expect(await previewImport(ctx, actor, file)).toMatchObject({ merged: 1, importantDatesAdded: 0 });
    expect(await importContacts(ctx, actor, file)).toMatchObject({ merged: 1, importantDatesAdded: 0 });
    expect(await datesOf(actor, hanna.id)).toHaveLength(1);

    // Heute names it when the day comes round.
    const today = await getToday(ctx, actor, { today: "2027-06-10" });
    expect(today.items).toContainEqual(
      expect.objectContaining({ kind: "important_date", personId: hanna.id }),
    );
  });

  it("reads a CSV's anniversary column, and says when a date without a year cannot be kept", async () => {
    const csv = ["Vorname;Nachname;Jahrestag", "Carla;Csv;12.06.2010", "Ohne;Jahr;12.06."].join("\r\n");
    const report = await importContacts(ctx, actor, csv);
    expect(report).toMatchObject({ created: 2, failed: 0 });
    expect((await datesOf(actor, (await personNamed("Csv")).id)).map((f) => f.refersTo)).toEqual([
      "2010-06-12",
    ]);
    expect(await datesOf(actor, (await personNamed("Jahr")).id)).toEqual([]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        row: 3,
        message: expect.objectContaining({ de: "Jahrestag 12.06. nicht übernommen: ohne Jahr." }),
      }),
    );
  });

  it("adds the date to a person who was there before; undoing the import takes back only the date", async () => {
    const before = await buildPerson(ctx, actor, {
      firstName: "Bernd",
      lastName: "Bestand",
      channels: [{ kind: "email", label: "work", value: "bernd@jahrestag.test" }],
    });
    const report = await importContacts(
      ctx,
      actor,
      card("Bernd Bestand", "bernd@jahrestag.test", "19990305"),
    );
    expect(report).toMatchObject({ merged: 1, mergedIntoExisting: 1 });
    expect(await datesOf(actor, before.id)).toHaveLength(1);

    await undoImport(ctx, actor, report.runId ?? "");
    expect(await personNamed("Bestand")).toMatchObject({ id: before.id });
    expect(await datesOf(actor, before.id)).toEqual([]);
    expect((await search(ctx, actor, { q: "Hochzeitstag" })).items).toEqual([]);
  });

  it("undoes a contact whose only fact is the imported date, but keeps one whose date was edited", async () => {
    const report = await importContacts(
      ctx,
      actor,
      card("Una Unberuehrt", "una@jahrestag.test", "20010101") +
        card("Eda Editiert", "eda@jahrestag.test", "20020202"),
    );
    expect(report).toMatchObject({ created: 2 });
    const [unasDate] = await datesOf(actor, (await personNamed("Unberuehrt")).id);
    const eda = await personNamed("Editiert");
    const [date] = await datesOf(actor, eda.id);
    const later = testContext(store(), new Date(ctx.clock().getTime() + 60_000));
    await updateFact(later, actor, date?.id ?? "", { text: "Hochzeitstag (Silberhochzeit 2027!)" });

    const undone = await undoImport(ctx, actor, report.runId ?? "");
    expect(undone).toMatchObject({ removed: 1, kept: 1 });
    expect((await listPeople(ctx, actor, { limit: 100 })).items.map((p) => p.lastName)).toEqual(["Editiert"]);
    expect(await datesOf(actor, eda.id)).toHaveLength(1);
    // Una's date went with her, search terms included.
    expect((await search(ctx, actor, { q: "Hochzeitstag" })).items).toHaveLength(1);
    const orphans = await ctx.store.db
      .selectFrom("search_terms")
      .select("term")
      .where("entity_id", "=", unasDate?.id ?? "")
      .execute();
    expect(orphans).toEqual([]);
  });
});
