import { beforeEach, expect, it } from "vitest";
import { NotFoundError } from "../../core/errors.ts";
import type { Actor } from "../../core/model/actor.ts";
import {
  actorOf,
  buildCompany,
  buildPerson,
  buildUser,
  buildWorkspace,
  testContext,
} from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { findLikelyDuplicates, LIKELY_DUPLICATES_MAX } from "./likely-duplicates.ts";

describeEachStore("likely duplicates of a person", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeEach(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  const suggested = async (personId: string) =>
    (await findLikelyDuplicates(ctx, actor, personId)).map((d) => ({
      name: `${d.person.firstName} ${d.person.lastName}`,
      company: d.companyName,
      matchedBy: d.matchedBy,
    }));

  it("leaves out the colleagues behind the switchboard and another mailbox, not a nickname's shared address", async () => {
    const acme = await buildCompany(ctx, actor, { name: "Acme" });
    const switchboard = { kind: "phone" as const, value: "+49 89 1234-0" };
    const michael = await buildPerson(ctx, actor, {
      firstName: "Michael",
      lastName: "Schmidt",
      companyId: acme.id,
      channels: [{ kind: "email", value: "m.schmidt@acme.de" }, switchboard],
    });
    await buildPerson(ctx, actor, {
      firstName: "Michaela",
      lastName: "Schmidt",
      companyId: acme.id,
      channels: [{ kind: "email", value: "michaela.schmidt@acme.de" }, switchboard],
    });
    await buildPerson(ctx, actor, {
      firstName: "Bernd",
      lastName: "Vogel",
      companyId: acme.id,
      channels: [switchboard],
    });
    await buildPerson(ctx, actor, {
      firstName: "Mike",
      lastName: "Schmidt",
      channels: [{ kind: "email", value: "M.Schmidt@acme.de" }],
    });
    await buildPerson(ctx, actor, {
      firstName: "M.",
      lastName: "Schmidt",
      companyId: acme.id,
      channels: [switchboard],
    });

    expect(await suggested(michael.id)).toEqual([
      { name: "M. Schmidt", company: "Acme", matchedBy: ["phone", "name"] },
      { name: "Mike Schmidt", company: null, matchedBy: ["email"] },
    ]);
  });

  it("finds the same email or phone however it is written, and a close name at the same company", async () => {
    const company = await buildCompany(ctx, actor, { name: "Stadtwerke Kassel" });
    const jurgen = await buildPerson(ctx, actor, {
      firstName: "Jürgen",
      lastName: "Meier",
      companyId: company.id,
      channels: [
        { kind: "email", value: "j.meier@stadtwerke-kassel.de" },
        { kind: "phone", value: "+49 561 782-0" },
      ],
    });
    await buildPerson(ctx, actor, {
      firstName: "Juergen",
      lastName: "Maier",
      companyId: company.id,
      channels: [{ kind: "email", value: "J.Meier@Stadtwerke-Kassel.de " }],
    });
    await buildPerson(ctx, actor, {
      firstName: "J.",
      lastName: "Meier",
      channels: [{ kind: "phone", value: "0049 561 7820" }],
    });
    await buildPerson(ctx, actor, { firstName: "Anna", lastName: "Meier", companyId: company.id });
    await buildPerson(ctx, actor, { firstName: "Jürgen", lastName: "Meier", isContact: false });
    const other = await buildCompany(ctx, actor, { name: "Stadtwerke Fulda" });
    await buildPerson(ctx, actor, { firstName: "Jürgen", lastName: "Meier", companyId: other.id });

    expect(await suggested(jurgen.id)).toEqual([
      { name: "Juergen Maier", company: "Stadtwerke Kassel", matchedBy: ["email", "name"] },
      { name: "J. Meier", company: null, matchedBy: ["phone"] },
    ]);
  });

  it("treats a company entered twice as one company, as an import does", async () => {
    const first = await buildCompany(ctx, actor, { name: "Hafenbau Kiel" });
    const twice = await buildCompany(ctx, actor, { name: "HAFENBAU Kiel" });
    const maike = await buildPerson(ctx, actor, {
      firstName: "Maike",
      lastName: "Schulz",
      companyId: first.id,
    });
    await buildPerson(ctx, actor, { firstName: "Meike", lastName: "Schulz", companyId: twice.id });
    expect(await suggested(maike.id)).toEqual([
      { name: "Meike Schulz", company: "HAFENBAU Kiel", matchedBy: ["name"] },
    ]);
  });

  it("counts the exact same name when one of the two has no company, and never the person itself", async () => {
    const company = await buildCompany(ctx, actor);
    const quick = await buildPerson(ctx, actor, { firstName: "Özlem", lastName: "Kaya" });
    const fromCard = await buildPerson(ctx, actor, {
      firstName: "ÖZLEM",
      lastName: "kaya",
      companyId: company.id,
    });
    await buildPerson(ctx, actor, { firstName: "Özlem", lastName: "Kayan" });

    expect(await suggested(quick.id)).toEqual([
      { name: "ÖZLEM kaya", company: company.name, matchedBy: ["name"] },
    ]);
    expect((await suggested(fromCard.id)).map((d) => d.name)).toEqual(["Özlem Kaya"]);
    const alone = await buildPerson(ctx, actor, { firstName: "Einzig", lastName: "Artig" });
    expect(await suggested(alone.id)).toEqual([]);
  });

  it("offers at most a handful, shared channels first", async () => {
    const anchor = await buildPerson(ctx, actor, {
      firstName: "Max",
      lastName: "Muster",
      channels: [{ kind: "email", value: "max@muster.de" }],
    });
    for (let i = 0; i < LIKELY_DUPLICATES_MAX + 3; i += 1) {
      await buildPerson(ctx, actor, { firstName: "Max", lastName: "Muster" });
    }
    const byEmail = await buildPerson(ctx, actor, {
      firstName: "M.",
      lastName: "Mustermann",
      channels: [{ kind: "email", value: "MAX@muster.de" }],
    });
    const found = await findLikelyDuplicates(ctx, actor, anchor.id);
    expect(found).toHaveLength(LIKELY_DUPLICATES_MAX);
    expect(found[0]).toMatchObject({ person: { id: byEmail.id }, matchedBy: ["email"] });
  });

  it("stays inside the workspace and answers 404 for a person it does not hold", async () => {
    const mine = await buildPerson(ctx, actor, {
      firstName: "Lena",
      lastName: "Vogt",
      channels: [{ kind: "email", value: "lena@vogt.de" }],
    });
    const elsewhere = await buildWorkspace(ctx, "Andere Firma");
    await buildPerson(ctx, elsewhere.actor, {
      firstName: "Lena",
      lastName: "Vogt",
      channels: [{ kind: "email", value: "lena@vogt.de" }],
    });
    expect(await suggested(mine.id)).toEqual([]);
    await expect(findLikelyDuplicates(ctx, elsewhere.actor, mine.id)).rejects.toBeInstanceOf(NotFoundError);
    const member = actorOf(await buildUser(ctx, actor.workspaceId, "member"), false);
    expect(await findLikelyDuplicates(ctx, member, mine.id)).toEqual([]);
  });
});
