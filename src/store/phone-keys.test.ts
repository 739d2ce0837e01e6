import { expect, it } from "vitest";
import { phoneKey } from "../core/duplicates/channel-key.ts";
import { buildPerson, buildWorkspace, testContext } from "../test/factories.ts";
import { describeEachStore } from "../test/stores.ts";
import { newId } from "./ids.ts";
import { insertRows } from "./insert-rows.ts";
import { rekeyPhoneChannels } from "./phone-keys.ts";

describeEachStore("store: rekeying a workspace's phone numbers", (store) => {
  it("gives every phone number the key of the new home country, over more than one page", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    const person = await buildPerson(ctx, actor, {
      channels: [{ kind: "email", label: "work", value: "0664@example.test" }],
    });
    // More rows than one page; every third written nationally.
    const values = Array.from({ length: 5_400 }, (_, i) =>
      i % 3 === 0 ? `0664 ${1_000_000 + i}` : `+49 171 ${1_000_000 + i}`,
    );
    await insertRows(
      store().db,
      "person_channels",
      ["id", "workspace_id", "person_id", "position", "kind", "label", "value", "value_key"],
      values.map((value, i) => [
        newId(),
        workspace.id,
        person.id,
        i + 1,
        "phone",
        "work",
        value,
        phoneKey(value, "DE"),
      ]),
    );
    const elsewhere = await buildWorkspace(ctx);
    const german = await buildPerson(ctx, elsewhere.actor, {
      channels: [{ kind: "phone", label: "mobile", value: "0664 1234567" }],
    });

    expect(await rekeyPhoneChannels(store().db, workspace.id, "AT")).toBe(1_800);
    const keysOf = async (personId: string) =>
      store()
        .db.selectFrom("person_channels")
        .select(["kind", "value", "value_key"])
        .where("person_id", "=", personId)
        .orderBy("position")
        .execute();
    const rows = await keysOf(person.id);
    expect(rows[0]).toEqual({ kind: "email", value: "0664@example.test", value_key: "0664@example.test" });
    expect(rows.slice(1).map((row) => row.value_key)).toEqual(values.map((value) => phoneKey(value, "AT")));
    expect((await keysOf(german.id)).map((row) => row.value_key)).toEqual(["00496641234567"]);
    // Nothing left to change.
    expect(await rekeyPhoneChannels(store().db, workspace.id, "AT")).toBe(0);
  });
});
