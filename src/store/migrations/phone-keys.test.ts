import { expect, it } from "vitest";
import { phoneKey } from "../../core/duplicates/channel-key.ts";
import { buildPerson, buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import { up } from "./20261127T1500-phone-keys.ts";
import { up as upTrunkZeros } from "./20261127T1800-phone-trunk-zeros.ts";

// Keys stored before the phone keys took one international form are brought to it by the
// migration, so a stored "0171 …" and an imported "+49 171 …" are found as one.

describeEachStore("migration 1500: phone keys", (store) => {
  it("gives stored keys the form phoneKey gives the same numbers now", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    const person = await buildPerson(ctx, actor);
    const numbers = ["0171 5550001", "+49 (0)171 5550002", "+49 171 5550003", "+43 664 1234567", "555-0001"];
    // As the old rule stored them: "+" as "00", every other non-digit dropped.
    const oldKey = (value: string) => value.replace(/^\+/, "00").replace(/\D/g, "");
    await store()
      .db.insertInto("person_channels")
      .values(
        numbers.map((value, position) => ({
          id: `00000000-0000-7000-8000-00000000000${position}`,
          workspace_id: workspace.id,
          person_id: person.id,
          position: position + 10,
          kind: "phone",
          label: "work",
          value,
          value_key: oldKey(value),
        })),
      )
      .execute();
    await up(store().db);
    const rows = await store()
      .db.selectFrom("person_channels")
      .select(["value", "value_key"])
      .where("person_id", "=", person.id)
      .where("kind", "=", "phone")
      .orderBy("position")
      .execute();
    // Every workspace was German then, and stays so until its owner chooses another country.
    expect(rows.map((row) => row.value_key)).toEqual(numbers.map((number) => phoneKey(number, "DE")));
  });
});

describeEachStore("migration 1800: trunk zeros after a country code", (store) => {
  it("drops them from stored keys as phoneKey does now, for every country with a trunk prefix", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    const person = await buildPerson(ctx, actor);
    // Numbers with their keys as migration 1500 left them.
    const stored = [
      { value: "+43 0664 1234567", key: "004306641234567" },
      { value: "0041 079 123 45 67", key: "00410791234567" },
      { value: "+49 00171 5550001", key: "004901715550001" },
      { value: "+39 06 1234567", key: "0039061234567" },
      { value: "+43 664 1234567", key: "00436641234567" },
    ];
    await store()
      .db.insertInto("person_channels")
      .values(
        stored.map(({ value, key }, position) => ({
          id: `00000000-0000-7000-8000-00000000001${position}`,
          workspace_id: workspace.id,
          person_id: person.id,
          position: position + 10,
          kind: "phone",
          label: "work",
          value,
          value_key: key,
        })),
      )
      .execute();
    await upTrunkZeros(store().db);
    const rows = await store()
      .db.selectFrom("person_channels")
      .select("value_key")
      .where("person_id", "=", person.id)
      .where("kind", "=", "phone")
      .orderBy("position")
      .execute();
    const keys = rows.map((row) => row.value_key);
    expect(keys).toEqual([
      "00436641234567",
      "0041791234567",
      "00491715550001",
      "0039061234567",
      "00436641234567",
    ]);
    // Written with a country code, so the same with any home country.
    expect(keys).toEqual(stored.map(({ value }) => phoneKey(value, "AT")));
  });
});
