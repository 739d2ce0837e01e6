import type { IsoDateTime } from "../core/dates.ts";
import type { Db } from "./open-store.ts";

export interface RateLimitState {
  failures: number;
  lockedUntil: IsoDateTime | null;
}

export async function readRateLimit(db: Db, key: string): Promise<RateLimitState> {
  const row = await db.selectFrom("rate_limits").selectAll().where("key", "=", key).executeTakeFirst();
  return { failures: row?.failures ?? 0, lockedUntil: row?.locked_until ?? null };
}

export async function writeRateLimit(
  db: Db,
  key: string,
  state: RateLimitState,
  now: IsoDateTime,
): Promise<void> {
  await db
    .insertInto("rate_limits")
    .values({ key, failures: state.failures, locked_until: state.lockedUntil, updated_at: now })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({ failures: state.failures, locked_until: state.lockedUntil, updated_at: now }),
    )
    .execute();
}

export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.deleteFrom("rate_limits").where("key", "=", key).execute();
}
