import { type Kysely, sql } from "kysely";

// A number written with its country code and the national trunk "0" ("+43 0664 …", "+41 079 …")
// is keyed without that 0 for every country whose plan has one (decision 112), as "+49 0171 …"
// already was: keys no longer depend on the workspace's home country. Plain SQL on the key, the
// same on both engines; "0049" again for keys with more than one 0 after it.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

const TRUNK_ZERO_PREFIXES = ["0049", "0043", "0041"];

export async function up(db: AnyDb): Promise<void> {
  for (const prefix of TRUNK_ZERO_PREFIXES) {
    await sql`update person_channels
      set value_key = ${prefix} || ltrim(substr(value_key, ${prefix.length + 1}), '0')
      where kind = 'phone' and value_key like ${`${prefix}0%`}`.execute(db);
  }
}

export async function down(): Promise<void> {
  // Which keys carried the 0 is not kept; the keys without it stay valid.
}
