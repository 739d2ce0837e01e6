import { sql } from "kysely";
import { phoneKey } from "../core/duplicates/channel-key.ts";
import type { PhoneCountry } from "../core/duplicates/phone-country.ts";
import { dialectOf } from "./dialect.ts";
import type { Db } from "./open-store.ts";

/** Keys written per statement: one JSON parameter of a few hundred KB. */
const KEYS_PER_UPDATE = 5_000;

/**
 * Gives every phone number of a workspace the key it has with `country` as home (decision 112),
 * inside the caller's transaction, and returns how many keys changed. The numbers are read in one
 * query (paging in id order sorted the whole set again for every page: 3.6 s instead of 0.4 s at
 * 100,000 numbers on SQLite); only changed keys (national numbers) are written, many per statement.
 */
export async function rekeyPhoneChannels(
  db: Db,
  workspaceId: string,
  country: PhoneCountry,
): Promise<number> {
  const channels = await db
    .selectFrom("person_channels")
    .select(["id", "value", "value_key"])
    .where("workspace_id", "=", workspaceId)
    .where("kind", "=", "phone")
    .execute();
  const changed: Array<[id: string, key: string]> = [];
  for (const { id, value, value_key } of channels) {
    const key = phoneKey(value, country);
    if (key !== value_key) changed.push([id, key]);
  }
  for (let start = 0; start < changed.length; start += KEYS_PER_UPDATE) {
    await setChannelKeys(db, workspaceId, Object.fromEntries(changed.slice(start, start + KEYS_PER_UPDATE)));
  }
  return changed.length;
}

/** One UPDATE for many rows: the new keys travel as one JSON object of id → key. */
async function setChannelKeys(db: Db, workspaceId: string, keys: Record<string, string>): Promise<void> {
  const json = JSON.stringify(keys);
  if (dialectOf(db) === "postgres") {
    await sql`update person_channels set value_key = k.value from json_each_text(${json}::json) as k
      where person_channels.id = k.key and person_channels.workspace_id = ${workspaceId}`.execute(db);
    return;
  }
  // The unary "+" keeps SQLite from walking the workspace's channels by the key index and
  // scanning the JSON once per channel (minutes at 100,000); it looks each id up by primary key.
  await sql`update person_channels set value_key = k.value from json_each(${json}) as k
    where person_channels.id = k.key and +person_channels.workspace_id = ${workspaceId}`.execute(db);
}
