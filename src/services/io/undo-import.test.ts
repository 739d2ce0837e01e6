import { beforeAll, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import {
  actorOf,
  buildFact,
  buildInteraction,
  buildPerson,
  buildUser,
  buildWorkspace,
  FIXED_NOW,
  testContext,
} from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import { listCompanies } from "../companies.ts";
import type { ServiceContext } from "../context.ts";
import { listPeople, updatePerson } from "../people.ts";
import { search } from "../search.ts";
import { importContacts } from "./import-contacts.ts";
import { getMyImport } from "./import-history.ts";
import { undoImport } from "./undo-import.ts";

// Undoing an import removes what it created, unless somebody has worked on it since; what it
// merged into people who were there before stays.

const CSV = [
  "Vorname;Nachname;Firma;E-Mail geschäftlich",
  "Ute;Unberührt;Alpha GmbH;ute@alpha.test",
  "Fred;Fakten;Alpha GmbH;fred@alpha.test",
  "Erik;Editiert;;erik@example.test",
  "Gina;Gespräch;;gina@example.test",
  "Berta;Beta;Beta AG;berta@beta.test",
  "Vera;Vorher;;vera@example.test",
].join("\r\n");

describeEachStore("undoing an import", (store) => {
  let ctx: ServiceContext;
  let later: ServiceContext;
  let actor: Actor;
  let runId: string;
  const lastNames = async () =>
    (await listPeople(ctx, actor, { limit: 100 })).items.map((person) => person.lastName).sort();
  const personNamed = async (lastName: string) => {
    const person = (await listPeople(ctx, actor, { limit: 100 })).items.find((p) => p.lastName === lastName);
    if (!person) throw new Error(`no ${lastName}`);
    return person;
  };

  beforeAll(async () => {
    ctx = testContext(store());
    // What the user does after the import happens later than the import.
    later = testContext(store(), new Date(FIXED_NOW.getTime() + 3_600_000));
    ({ actor } = await buildWorkspace(ctx));
    await buildPerson(ctx, actor, {
      firstName: "Vera",
      lastName: "Vorher",
      channels: [{ kind: "email", label: "work", value: "vera@example.test" }],
    });
    const report = await importContacts(ctx, actor, CSV, { filename: "messe.csv" });
    expect(report).toMatchObject({ created: 5, merged: 1, companiesCreated: 2 });
    runId = report.runId ?? "";
    // Worked on since: a fact learned, an edit, a conversation. Ute and Berta are untouched.
    await buildFact(later, actor, (await personNamed("Fakten")).id);
    await updatePerson(later, actor, (await personNamed("Editiert")).id, { jobTitle: "Einkauf" });
    await buildInteraction(later, actor, [(await personNamed("Gespräch")).id]);
  });

  it("removes the untouched people and the company nobody else works at; keeps the rest and says so", async () => {
    expect(await undoImport(later, actor, runId)).toEqual({
      removed: 2,
      kept: 3,
      companiesRemoved: 1,
      mergedStay: 1,
    });
    expect(await lastNames()).toEqual(["Editiert", "Fakten", "Gespräch", "Vorher"]);
    // Alpha stays (Fred works there), Beta goes with Berta.
    const companies = (await listCompanies(ctx, actor, { limit: 100 })).items.map((c) => c.name);
    expect(companies).toEqual(["Alpha GmbH"]);
    // Nothing of the removed is found any more.
    expect((await search(ctx, actor, { q: "Unberührt" })).items).toEqual([]);
    expect((await search(ctx, actor, { q: "Beta" })).items).toEqual([]);
    expect((await search(ctx, actor, { q: "Fakten" })).items).toHaveLength(1);
    expect((await getMyImport(later, actor, runId)).undone).toEqual({
      at: later.clock().toISOString(),
      removed: 2,
      kept: 3,
    });
  });

  it("is done once, and only by the one who imported", async () => {
    await expect(undoImport(later, actor, runId)).rejects.toBeInstanceOf(ConflictError);
    const colleague = actorOf(await buildUser(ctx, actor.workspaceId, "member"));
    await expect(undoImport(later, colleague, runId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps a family member with the contact who stays", async () => {
    const family = [
      "Vorname;Nachname;Beziehungen",
      "Paul;Partnerhof;Petra Partnerhof (Partner)",
      "Olga;Ohnefam;",
    ].join("\r\n");
    const report = await importContacts(ctx, actor, family);
    expect(report).toMatchObject({ created: 2, familyMembersCreated: 1 });
    await buildFact(later, actor, (await personNamed("Partnerhof")).id);
    expect(await undoImport(later, actor, report.runId ?? "")).toMatchObject({ removed: 1, kept: 2 });
    const everyone = (await listPeople(ctx, actor, { limit: 100, includeNonContacts: "true" })).items;
    expect(everyone.map((p) => `${p.firstName} ${p.lastName}`)).toEqual(
      expect.arrayContaining(["Paul Partnerhof", "Petra Partnerhof"]),
    );
    expect(everyone.some((p) => p.lastName === "Ohnefam")).toBe(false);
  });
});
