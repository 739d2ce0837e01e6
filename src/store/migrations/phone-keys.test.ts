import { expect, it } from "vitest";
import { phoneKey } from "../../core/duplicates/channel-key.ts";
import { buildPerson, buildWorkspace, testContext } from "../../test/factories.ts";
import { describeEachStore } from "../../test/stores.ts";
import { newId } from "../ids.ts";
import type { Store } from "../open-store.ts";
import { up } from "./20261127T1500-phone-keys.ts";
import { up as upTrunkZeros } from "./20261127T1800-phone-trunk-zeros.ts";

// Keys stored before the phone keys took one international form are brought to it by the
// migration, so a stored "0171 …" and an imported "+49 171 …" are found as one.

/** Phone numbers with the keys an earlier migration left, written as that version stored them. */
async function storePhones(
  store: Store,
  workspaceId: string,
  personId: string,
  phones: Array<{ value: string; key: string }>,
): Promise<void> {
  await store.db
    .insertInto("person_channels")
    .values(
      phones.map(({ value, key }, position) => ({
        id: newId(),
        workspace_id: workspaceId,
        person_id: personId,
        position: position + 10,
        kind: "phone",
        label: "work",
        value,
        value_key: key,
      })),
    )
    .execute();
}

/** The person's phone keys as stored, in the order storePhones wrote them. */
async function storedPhoneKeys(store: Store, personId: string): Promise<string[]> {
  const rows = await store.db
    .selectFrom("person_channels")
    .select("value_key")
    .where("person_id", "=", personId)
    .where("kind", "=", "phone")
    .orderBy("position")
    .execute();
  return rows.map((row) => row.value_key);
}

describeEachStore("migration 1500: phone keys", (store) => {
  it("gives stored keys the form phoneKey gives the same numbers now", async () => {
    const ctx = testContext(store());
    const { actor, workspace } = await buildWorkspace(ctx);
    const person = await buildPerson(ctx, actor);
    const numbers = ["0171 5550001", "+49 (0)171 5550002", "+49 171 5550003", "+43 664 1234567", "555-0001"];
    // As the old rule stored them: "+" as "00", every other non-digit dropped.
    const oldKey = (value: string) => value.replace(/^\+/, "00").replace(/\D/g, "");
    await storePhones(
      store(),
      workspace.id,
      person.id,
      numbers.map((value) => ({ value, key: oldKey(value) })),
    );
    await up(store().db);
    const keys = await storedPhoneKeys(store(), person.id);
    // Every workspace was German then, and stays so until its owner chooses another country.
    expect(keys).toEqual(numbers.map((number) => phoneKey(number, "DE")));
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
    await storePhones(store(), workspace.id, person.id, stored);
    await upTrunkZeros(store().db);
    const keys = await storedPhoneKeys(store(), person.id);
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
