import { beforeAll, beforeEach, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { buildFact, buildInteraction, buildWorkspace, FIXED_NOW, testContext } from "../../test/factories.ts";
import { interleaved } from "../../test/interleave.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { listPeople } from "../people.ts";
import { importContacts } from "./import-contacts.ts";
import { undoImport } from "./undo-import.ts";

// Undo looks once at who was worked on, then deletes batch by batch. A user may log a conversation
// in between; the delete transaction asks again, so that work is never deleted with the person.
// The work is done before the undo's first transaction: after its first look, before any delete.

describeEachStore("undoing an import while somebody works on its people", (store) => {
  let ctx: ServiceContext;
  let later: ServiceContext;
  let actor: Actor;
  const everyone = async () =>
    (await listPeople(ctx, actor, { limit: 100, includeNonContacts: "true" })).items
      .map((person) => `${person.firstName} ${person.lastName}`)
      .sort();
  const idOf = async (firstName: string) => {
    const all = (await listPeople(ctx, actor, { limit: 100, includeNonContacts: "true" })).items;
    const person = all.find((p) => p.firstName === firstName);
    if (!person) throw new Error(`no ${firstName}`);
    return person.id;
  };
  /** Undoes the import; `meanwhile` runs once, before the undo's first transaction. */
  const undoWhile = (runId: string, meanwhile: () => Promise<unknown>) =>
    undoImport(
      interleaved(later, async (transaction) => {
        if (transaction === 1) await meanwhile();
      }),
      actor,
      runId,
    );

  beforeAll(() => {
    ctx = testContext(store());
    later = testContext(store(), new Date(FIXED_NOW.getTime() + 3_600_000));
  });
  beforeEach(async () => {
    ({ actor } = await buildWorkspace(ctx));
  });

  it("keeps a person with whom a conversation was logged after the first look", async () => {
    const csv = ["Vorname;Nachname", "Lena;Spät", "Udo;Unberührt"].join("\r\n");
    const { runId } = await importContacts(ctx, actor, csv);
    const lena = await idOf("Lena");
    const undone = await undoWhile(runId ?? "", () => buildInteraction(later, actor, [lena]));
    expect(undone).toMatchObject({ removed: 1, kept: 1 });
    expect(await everyone()).toEqual(["Lena Spät"]);
  });

  it("keeps a family member with a contact worked on after the first look, and the other way round", async () => {
    const csv = [
      "Vorname;Nachname;Beziehungen",
      "Paul;Partnerhof;Petra Partnerhof (Partner)",
      "Fritz;Familie;Frieda Familie (Kind)",
      "Olga;Ohnefam;",
    ].join("\r\n");
    const { runId } = await importContacts(ctx, actor, csv);
    const paul = await idOf("Paul");
    const frieda = await idOf("Frieda");
    const undone = await undoWhile(runId ?? "", async () => {
      await buildInteraction(later, actor, [paul]);
      await buildFact(later, actor, frieda);
    });
    expect(undone).toMatchObject({ removed: 1, kept: 4 });
    expect(await everyone()).toEqual([
      "Frieda Familie",
      "Fritz Familie",
      "Paul Partnerhof",
      "Petra Partnerhof",
    ]);
  });
});
