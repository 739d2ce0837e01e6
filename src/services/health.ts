import type { DialectName } from "../store/dialect.ts";
import { pingDatabase } from "../store/health.ts";
import type { ServiceContext } from "./context.ts";

/** Proves the database answers; returns which engine it is. */
export async function checkDatabase(ctx: ServiceContext): Promise<DialectName> {
  await pingDatabase(ctx.store.db);
  return ctx.store.dialect;
}
