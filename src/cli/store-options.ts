import os from "node:os";
import path from "node:path";
import type { Command } from "commander";
import type { ServiceContext } from "../services/context.ts";
import { openContext, sqliteFileIn } from "../services/open-context.ts";

/** Options every command shares, so each works on the same database as the server. */
export interface StoreFlags {
  data?: string;
  databaseUrl?: string;
  lang?: string;
}

export function withStoreOptions(command: Command): Command {
  return command
    .option("--data <folder>", "data folder for the embedded SQLite database (env KUNDENFREUND_DATA)")
    .option("--database-url <url>", "PostgreSQL URL, e.g. postgres://user:pass@host/db (env DATABASE_URL)")
    .option("--lang <de|en>", "language of messages (default: from LANG, else German)");
}

/** XDG data home, so a data folder survives updates and is the same from any directory. */
export function defaultDataFolder(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), ".local", "share");
  return path.join(base, "kundenfreund");
}

export function databaseUrlFrom(flags: StoreFlags): string {
  const url = flags.databaseUrl ?? process.env.DATABASE_URL;
  if (url) return url;
  return sqliteFileIn(flags.data ?? process.env.KUNDENFREUND_DATA ?? defaultDataFolder());
}

export function openContextFrom(
  flags: StoreFlags,
  options: { migrate?: boolean; pageCacheMb?: number } = {},
): Promise<ServiceContext> {
  return openContext(databaseUrlFrom(flags), options);
}
