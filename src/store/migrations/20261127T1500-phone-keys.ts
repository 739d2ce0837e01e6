import { type Kysely, sql } from "kysely";

// Phone keys in one international form (core/duplicates/channel-key.ts): a number written
// nationally ("0171 …", key "0171…") and one written with "+49 (0)171" (key "00490171…") become
// "0049171…", like "+49 171 …" always was. Plain SQL on the key itself, the same on both engines.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await sql`update person_channels set value_key = '0049' || substr(value_key, 6)
    where kind = 'phone' and value_key like '00490%'`.execute(db);
  await sql`update person_channels set value_key = '0049' || substr(value_key, 2)
    where kind = 'phone' and value_key like '0%' and value_key not like '00%'`.execute(db);
}

export async function down(): Promise<void> {
  // The national form a key came from is not kept; the international keys stay valid.
}
