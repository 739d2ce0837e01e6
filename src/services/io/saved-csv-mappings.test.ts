import { beforeEach, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { actorOf, buildUser, buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { importContacts, previewImport } from "./import-contacts.ts";

// Next month's export from the same CRM: the columns the user corrected last time read the same way.
const HEADER = "Kontakt;Nom;Courriel;Intern";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n");
const NOVEMBER = csv("Ida;Zuordnung;ida@zuordnung.test;Kostenstelle 4711");
const DECEMBER = csv("Ole;Folgemonat;ole@folgemonat.test;Kostenstelle 4712");
const CORRECTIONS = { Kontakt: "firstName", Nom: "lastName", Courriel: "email.home", Intern: "ignore" };

describeEachStore("the CSV mapping kept from the last import", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeEach(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  it("applies the corrections of the last import to a file with the same columns", async () => {
    await importContacts(ctx, actor, NOVEMBER, { mapping: CORRECTIONS });

    const preview = await previewImport(ctx, actor, DECEMBER);
    expect(preview.csv).toMatchObject({
      corrections: CORRECTIONS,
      savedMappingAt: ctx.clock().toISOString(),
      mapping: { Kontakt: "firstName", Nom: "lastName", Courriel: "email.home" },
    });
    expect(preview.samples[0]?.record).toMatchObject({ firstName: "Ole", lastName: "Folgemonat" });

    const report = await importContacts(ctx, actor, DECEMBER);
    expect(report).toMatchObject({ created: 1, failed: 0 });
    expect(report.csv?.savedMappingAt).not.toBeNull();
  });

  it("a file with other columns, another user, or a preview keeps nothing and reads as detected", async () => {
    await previewImport(ctx, actor, NOVEMBER, { mapping: CORRECTIONS });
    expect((await previewImport(ctx, actor, DECEMBER)).csv).toMatchObject({
      corrections: {},
      savedMappingAt: null,
    });

    await importContacts(ctx, actor, NOVEMBER, { mapping: CORRECTIONS });
    const otherColumns = `${HEADER};Telefon\r\nOle;Folgemonat;ole@folgemonat.test;4712;0171 5550001`;
    expect((await previewImport(ctx, actor, otherColumns)).csv?.savedMappingAt).toBeNull();
    const colleague = actorOf(await buildUser(ctx, actor.workspaceId, "member"));
    expect((await previewImport(ctx, colleague, DECEMBER)).csv?.savedMappingAt).toBeNull();
  });

  it("corrections sent with the request win over the kept ones and replace them", async () => {
    await importContacts(ctx, actor, NOVEMBER, { mapping: CORRECTIONS });
    const changed = { ...CORRECTIONS, Courriel: "email.work" };
    const report = await importContacts(ctx, actor, DECEMBER, { mapping: changed });
    expect(report.csv).toMatchObject({ corrections: changed, savedMappingAt: null });

    expect((await previewImport(ctx, actor, DECEMBER)).csv?.corrections).toEqual(changed);
  });

  it("an import sent with no corrections ({}) forgets the kept ones", async () => {
    await importContacts(ctx, actor, NOVEMBER, { mapping: CORRECTIONS });
    await importContacts(ctx, actor, DECEMBER, { mapping: {} });

    const preview = await previewImport(ctx, actor, DECEMBER);
    expect(preview.csv).toMatchObject({ corrections: {}, savedMappingAt: null });
  });

  it("a kept mapping a later version cannot read is passed over, not an error", async () => {
    await importContacts(ctx, actor, NOVEMBER, { mapping: CORRECTIONS });
    await store().db.updateTable("csv_mappings").set({ mapping: '{"Kontakt":"vorname"}' }).execute();

    const preview = await previewImport(ctx, actor, DECEMBER);
    expect(preview.csv).toMatchObject({ corrections: {}, savedMappingAt: null });
  });
});
