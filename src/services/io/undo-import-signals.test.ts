import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { buildPerson, buildWorkspace, FIXED_NOW, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { addStakeholder, createDeal } from "../deals.ts";
import { createGift } from "../gifts.ts";
import { createOpenLoop, listOpenLoops, updateOpenLoop } from "../open-loops.ts";
import { listPeople, updatePerson } from "../people.ts";
import { registerAccessRequest } from "../privacy/access-requests.ts";
import { updatePersonPrivacy } from "../privacy/person-privacy.ts";
import { createRelation } from "../relations.ts";
import { importContacts } from "./import-contacts.ts";
import { type UndoneImport, undoImport } from "./undo-import.ts";

// Each kind of work that keeps an imported person when the import is undone, one person each, so
// that every test here fails if its condition goes missing from findWorkedOnPeople. (Edits,
// conversations and facts are covered in undo-import.test.ts.)

const PEOPLE = [
  "Gabi;Geschenk",
  "Dieter;Deal",
  "Sina;Duzen",
  "Anton;Auskunft",
  "Rita;Erinnerung",
  "Ina;Informiert",
  "Stefan;Stufe",
  "Paula;Privat",
  "Rudi;Relation",
  "Udo;Unberührt",
];

describeEachStore("what keeps an imported person when the import is undone", (store) => {
  let ctx: ServiceContext;
  let later: ServiceContext;
  let actor: Actor;
  let undone: UndoneImport;
  let left: string[];

  beforeAll(async () => {
    ctx = testContext(store());
    // What the user does after the import happens later than the import.
    later = testContext(store(), new Date(FIXED_NOW.getTime() + 3_600_000));
    ({ actor } = await buildWorkspace(ctx));
    const vera = await buildPerson(ctx, actor, { firstName: "Vera", lastName: "Vorher" });
    const { runId } = await importContacts(ctx, actor, ["Vorname;Nachname", ...PEOPLE].join("\r\n"));
    const imported = (await listPeople(ctx, actor, { limit: 100 })).items;
    const id = (lastName: string) => imported.find((p) => p.lastName === lastName)?.id ?? "";
    /** Changing stage or Sie/Du also stamps the person's row; put back so only the history keeps them. */
    const unstamp = (lastName: string) =>
      store()
        .db.updateTable("people")
        .set((eb) => ({ updated_at: eb.ref("created_at") }))
        .where("id", "=", id(lastName))
        .execute();

    await createGift(later, actor, {
      personId: id("Geschenk"),
      date: "2026-11-27",
      kind: "gift",
      valueCents: 2500,
    });
    const deal = await createDeal(later, actor, { title: "Pumpen Klärwerk" });
    await addStakeholder(later, actor, deal.id, { personId: id("Deal"), role: "decision_maker" });
    await updatePerson(later, actor, id("Duzen"), { addressForm: "du" });
    await unstamp("Duzen");
    await registerAccessRequest(later, actor, id("Auskunft"), { receivedOn: "2026-11-27" });
    await createOpenLoop(later, actor, { personId: id("Erinnerung"), text: "Katalog schicken" });
    // The import's own reminder (inform the person, Art. 14), closed.
    const [informLoop] = (await listOpenLoops(ctx, actor, { personId: id("Informiert") })).items;
    await updateOpenLoop(later, actor, informLoop?.id ?? "", { closedOn: "2026-11-27" });
    await updatePerson(later, actor, id("Stufe"), { stage: "acquaintance" });
    await unstamp("Stufe");
    await updatePersonPrivacy(later, actor, id("Privat"), { optOut: { email: true } });
    await createRelation(later, actor, {
      personId: id("Relation"),
      relatedPersonId: vera.id,
      kind: "friend",
    });

    undone = await undoImport(later, actor, runId ?? "");
    left = (await listPeople(ctx, actor, { limit: 100 })).items.map((p) => p.lastName);
  });

  it("removes only the one nobody worked on", () => {
    expect(undone).toMatchObject({ removed: 1, kept: PEOPLE.length - 1 });
    expect(left).not.toContain("Unberührt");
    expect(left).toContain("Vorher");
  });

  it.each([
    ["a gift given", "Geschenk"],
    ["a deal they are a stakeholder in", "Deal"],
    ["a change from Sie to Du", "Duzen"],
    ["a data-subject request", "Auskunft"],
    ["a reminder of their own", "Erinnerung"],
    ["the import's reminder closed", "Informiert"],
    ["a move to another stage", "Stufe"],
    ["a change to their privacy record", "Privat"],
    ["a relation created since", "Relation"],
  ])("keeps a person with %s", (_work, lastName) => {
    expect(left).toContain(lastName);
  });
});
