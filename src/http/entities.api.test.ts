import { expect, it } from "vitest";
import { signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

describeEachStore("API: every entity can be created, listed, searched, updated and deleted", (store) => {
  it("people and companies: full life cycle, with company filter and umlaut-folded search", async () => {
    const { call } = await signedInClient(store());
    const company = await call("POST", "/api/companies", { name: "Müller Maschinenbau GmbH", city: "Ulm" });
    expect(company.status).toBe(201);
    const companyId = company.body.id as string;

    const created = await call("POST", "/api/people", {
      firstName: "Jürgen",
      lastName: "Müller",
      companyId,
      jobTitle: "Einkaufsleiter",
      channels: [
        { kind: "email", label: "work", value: "j.mueller@mueller-maschinen.de" },
        { kind: "phone", label: "mobile", value: "+49 171 2345678" },
      ],
      birthday: { day: 29, month: 2 },
      tags: ["A-Kunde", "Messe"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      firstName: "Jürgen",
      lastName: "Müller",
      companyId,
      stance: "befriend",
      stage: "business_contact",
      addressForm: "sie",
      birthday: { day: 29, month: 2, year: null },
      tags: ["A-Kunde", "Messe"],
    });
    const id = created.body.id as string;

    const read = await call("GET", `/api/people/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.channels).toEqual([
      { kind: "email", label: "work", value: "j.mueller@mueller-maschinen.de" },
      { kind: "phone", label: "mobile", value: "+49 171 2345678" },
    ]);

    await call("POST", "/api/people", { firstName: "Petra", lastName: "Schmidt" });
    const byCompany = await call("GET", `/api/people?companyId=${companyId}`);
    expect(byCompany.body.total).toBe(1);
    expect((byCompany.body.items as Array<{ id: string }>)[0]?.id).toBe(id);
    const byTag = await call("GET", "/api/people?tag=Messe");
    expect(byTag.body.total).toBe(1);

    for (const query of ["muller", "Mueller", "jürg", "MÜL einkauf"]) {
      const hits = await call("GET", `/api/search?q=${encodeURIComponent(query)}`);
      expect(hits.status).toBe(200);
      expect(
        (hits.body.items as Array<{ id: string }>).map((h) => h.id),
        query,
      ).toContain(id);
    }
    const companyHits = await call("GET", "/api/search?q=maschinenb&types=company");
    expect(companyHits.body.items).toEqual([
      { type: "company", id: companyId, title: "Müller Maschinenbau GmbH", subtitle: "Ulm", personId: null },
    ]);

    const updated = await call("PATCH", `/api/people/${id}`, {
      stage: "acquaintance",
      addressForm: "du",
      addressFormOfferedBy: "them",
      addressFormSince: "2026-11-20",
      lastName: "Müller-Lüdenscheidt",
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      stage: "acquaintance",
      addressForm: "du",
      lastName: "Müller-Lüdenscheidt",
    });
    const history = await call("GET", `/api/people/${id}/history`);
    expect((history.body.stages as Array<{ stage: string }>).map((s) => s.stage)).toEqual([
      "business_contact",
      "acquaintance",
    ]);
    expect(history.body.addressForms).toMatchObject([
      { form: "du", changedOn: "2026-11-20", offeredBy: "them" },
    ]);
    const renamed = await call("GET", "/api/search?q=ludensch");
    expect((renamed.body.items as Array<{ id: string }>).map((h) => h.id)).toEqual([id]);

    const companyUpdate = await call("PATCH", `/api/companies/${companyId}`, { city: "Neu-Ulm" });
    expect(companyUpdate.body.city).toBe("Neu-Ulm");

    expect((await call("DELETE", `/api/people/${id}`)).status).toBe(204);
    expect((await call("GET", `/api/people/${id}`)).status).toBe(404);
    expect((await call("GET", "/api/search?q=muller&types=person")).body.items).toEqual([]);
    expect((await call("DELETE", `/api/companies/${companyId}`)).status).toBe(204);
    expect((await call("GET", "/api/companies")).body.total).toBe(0);
  });

  it("facts, relations, interactions and open loops: full life cycle around one person", async () => {
    const { call } = await signedInClient(store());
    const jan = (await call("POST", "/api/people", { firstName: "Jan", lastName: "Becker" })).body
      .id as string;
    const mia = (
      await call("POST", "/api/people", {
        firstName: "Mia",
        lastName: "Becker",
        isContact: false,
        birthday: { day: 3, month: 12, year: 2019 },
      })
    ).body.id as string;

    const interaction = await call("POST", "/api/interactions", {
      occurredAt: "2026-11-20T10:00:00+01:00",
      kind: "meal",
      initiatedBy: "them",
      participantIds: [jan],
      summary: "Mittagessen, über den Marathon gesprochen",
      personal: true,
      atmosphere: 5,
      trust: 4,
      resistance: 2,
    });
    expect(interaction.status).toBe(201);
    expect(interaction.body).toMatchObject({
      occurredAt: "2026-11-20T09:00:00.000Z",
      participantIds: [jan],
      atmosphere: 5,
    });
    const interactionId = interaction.body.id as string;

    const fact = await call("POST", "/api/facts", {
      personId: jan,
      category: "hobby",
      text: "Läuft im Mai den Hamburg-Marathon",
      refersTo: "2027-05-12",
      interactionId,
    });
    expect(fact.status).toBe(201);
    expect(fact.body).toMatchObject({ learnedOn: "2026-11-27", shared: false, interactionId });
    const factId = fact.body.id as string;
    const factHits = await call("GET", "/api/search?q=hamburg marath");
    expect(factHits.body.items).toMatchObject([
      { type: "fact", id: factId, personId: jan, subtitle: "Jan Becker" },
    ]);

    const relation = await call("POST", "/api/relations", {
      personId: jan,
      relatedPersonId: mia,
      kind: "child",
    });
    expect(relation.status).toBe(201);
    const relations = await call("GET", `/api/relations?personId=${mia}`);
    expect(relations.body.total).toBe(1);

    const loop = await call("POST", "/api/open-loops", {
      personId: jan,
      text: "Fragen, wie der Marathon lief",
      dueOn: "2027-05-14",
      interactionId,
    });
    expect(loop.status).toBe(201);
    const loopId = loop.body.id as string;
    expect((await call("GET", `/api/open-loops?personId=${jan}`)).body.total).toBe(1);
    const closed = await call("PATCH", `/api/open-loops/${loopId}`, { closedOn: "2027-05-15" });
    expect(closed.body.closedOn).toBe("2027-05-15");
    expect((await call("GET", `/api/open-loops?personId=${jan}`)).body.total).toBe(0);
    expect((await call("GET", `/api/open-loops?personId=${jan}&status=closed`)).body.total).toBe(1);

    const factUpdate = await call("PATCH", `/api/facts/${factId}`, {
      text: "Läuft im Mai den Berlin-Marathon",
    });
    expect(factUpdate.body.text).toBe("Läuft im Mai den Berlin-Marathon");
    expect((await call("GET", "/api/search?q=hamburg")).body.items).toEqual([]);
    expect((await call("GET", `/api/facts?personId=${jan}`)).body.total).toBe(1);

    const moved = await call("PATCH", `/api/interactions/${interactionId}`, {
      participantIds: [jan, mia],
      trust: 5,
    });
    expect(moved.body).toMatchObject({ trust: 5 });
    expect(new Set(moved.body.participantIds as string[])).toEqual(new Set([jan, mia]));
    expect((await call("GET", `/api/interactions?personId=${mia}`)).body.total).toBe(1);
    expect((await call("PATCH", `/api/relations/${relation.body.id}`, { kind: "parent" })).body.kind).toBe(
      "parent",
    );

    for (const [path, id] of [
      ["open-loops", loopId],
      ["facts", factId],
      ["relations", relation.body.id as string],
      ["interactions", interactionId],
    ] as const) {
      expect((await call("DELETE", `/api/${path}/${id}`)).status, path).toBe(204);
      expect((await call("GET", `/api/${path}/${id}`)).status, path).toBe(404);
    }
  });

  it("one-word search ranks exact words first, people before companies before facts, then longer words", async () => {
    const { call } = await signedInClient(store());
    const annabelle = (await call("POST", "/api/people", { firstName: "Annabelle", lastName: "Roth" })).body
      .id as string;
    const company = (await call("POST", "/api/companies", { name: "Anna Kältetechnik" })).body.id as string;
    const anna = (await call("POST", "/api/people", { firstName: "Anna", lastName: "Becker" })).body
      .id as string;
    const fact = (
      await call("POST", "/api/facts", {
        personId: annabelle,
        category: "family",
        text: "Schwester Anna wohnt in Kiel",
      })
    ).body.id as string;
    const hits = (await call("GET", "/api/search?q=Anna")).body.items as Array<{ id: string }>;
    expect(hits.map((h) => h.id)).toEqual([anna, company, fact, annabelle]);
    const limited = (await call("GET", "/api/search?q=ann&limit=2")).body.items as Array<{ id: string }>;
    expect(limited).toHaveLength(2);
  });

  it("deleting a person removes their facts, loops and relations, and their facts from search", async () => {
    const { call } = await signedInClient(store());
    const jan = (await call("POST", "/api/people", { firstName: "Jan", lastName: "Kowalski" })).body
      .id as string;
    const fact = (
      await call("POST", "/api/facts", { personId: jan, category: "family", text: "Tochter Zofia" })
    ).body;
    await call("POST", "/api/open-loops", { personId: jan, text: "Grüße an Zofia" });
    expect((await call("DELETE", `/api/people/${jan}`)).status).toBe(204);
    expect((await call("GET", `/api/facts/${fact.id}`)).status).toBe(404);
    expect((await call("GET", "/api/open-loops?status=all")).body.total).toBe(0);
    expect((await call("GET", "/api/search?q=zofia")).body.items).toEqual([]);
  });
});
