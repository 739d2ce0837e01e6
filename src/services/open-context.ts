import { type MigrationReport, migrateToLatest, openStore, sqliteFileIn } from "../store/open-store.ts";
import type { ServiceContext } from "./context.ts";

export { sqliteFileIn };

/** Opens the database behind a URL (SQLite path or postgres://) as a context for use cases. */
export async function openContext(
  url: string,
  options: { migrate?: boolean; clock?: () => Date; pageCacheMb?: number } = {},
): Promise<ServiceContext> {
  const store = await openStore({
    url,
    migrate: options.migrate ?? true,
    ...(options.pageCacheMb ? { pageCacheMb: options.pageCacheMb } : {}),
  });
  return { store, clock: options.clock ?? (() => new Date()) };
}

export async function closeContext(ctx: ServiceContext): Promise<void> {
  await ctx.store.close();
}

export function applyMigrations(ctx: ServiceContext): Promise<MigrationReport> {
  return migrateToLatest(ctx.store.db);
}
