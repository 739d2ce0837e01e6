import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../core/model/actor.ts";
import { buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import type { ServiceContext } from "../context.ts";
import { createPerson } from "../people.ts";
import { getPersonPrivacy } from "../privacy/person-privacy.ts";
import { importContacts, previewImport } from "./import-contacts.ts";

const VCARDS = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "N:Krause;Petra;;;",
  "FN:Petra Krause",
  "EMAIL;TYPE=WORK:petra.krause@example.test",
  "X-ABRELATEDNAMES;TYPE=spouse:Uwe Krause",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "N:Yilmaz;Deniz;;;",
  "FN:Deniz Yilmaz",
  "EMAIL:deniz@example.test",
  "END:VCARD",
  "",
].join("\r\n");

describeEachStore("import: information duty for people from a file", (store) => {
  let ctx: ServiceContext;
  let actor: Actor;
  beforeAll(async () => {
    ctx = testContext(store());
    ({ actor } = await buildWorkspace(ctx));
  });

  const privacyRows = () =>
    store()
      .db.selectFrom("person_privacy")
      .selectAll()
      .where("workspace_id", "=", actor.workspaceId)
      .orderBy("person_id")
      .execute();
  const loopRows = () =>
    store()
      .db.selectFrom("open_loops")
      .selectAll()
      .where("workspace_id", "=", actor.workspaceId)
      .orderBy("person_id")
      .execute();

  it("records every created person, family members too, exactly as creating one with source import does", async () => {
    const typedIn = await createPerson(ctx, actor, { firstName: "Eva", lastName: "Lang", source: "import" });
    const [expectedPrivacy] = await privacyRows();
    const [expectedLoop] = await loopRows();

    expect((await previewImport(ctx, actor, VCARDS)).created).toBe(2);
    expect(await privacyRows()).toHaveLength(1);

    const report = await importContacts(ctx, actor, VCARDS);
    expect(report).toMatchObject({ created: 2, familyMembersCreated: 1 });
    const people = await store()
      .db.selectFrom("people")
      .select("id")
      .where("workspace_id", "=", actor.workspaceId)
      .where("id", "!=", typedIn.id)
      .execute();
    expect(people).toHaveLength(3);
    const privacy = (await privacyRows()).filter((r) => r.person_id !== typedIn.id);
    const loops = (await loopRows()).filter((r) => r.person_id !== typedIn.id);
    expect(privacy.map((r) => r.person_id).sort()).toEqual(people.map((p) => p.id).sort());
    expect(loops.map((r) => r.person_id).sort()).toEqual(people.map((p) => p.id).sort());
    const { person_id: _p, ...samePrivacy } = expectedPrivacy ?? {};
    for (const row of privacy) expect(row).toEqual({ ...samePrivacy, person_id: row.person_id });
    const { id: _i, person_id: _q, ...sameLoop } = expectedLoop ?? {};
    for (const row of loops) expect(row).toEqual({ ...sameLoop, id: row.id, person_id: row.person_id });

    const view = await getPersonPrivacy(ctx, actor, privacy[0]?.person_id ?? "");
    expect(view).toMatchObject({ source: "import", informationDueOn: "2026-12-27" });
  });

  it("leaves a merged person's own source alone", async () => {
    const before = await privacyRows();
    const report = await importContacts(ctx, actor, VCARDS);
    expect(report).toMatchObject({ created: 0, merged: 2 });
    expect(await privacyRows()).toEqual(before);
  });
});
