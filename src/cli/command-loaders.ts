import type { Command } from "commander";

export type CommandLoader = () => Promise<Command>;

// Each command's module (and the services behind it) is loaded only when that command runs, so
// `serve` does not load import, export, backup or demo code, and `today` does not load the web server.
export const COMMAND_LOADERS: Readonly<Record<string, CommandLoader>> = {
  serve: async () => (await import("./commands/serve.ts")).serveCommand(),
  migrate: async () => (await import("./commands/migrate.ts")).migrateCommand(),
  demo: async () => (await import("./commands/demo.ts")).demoCommand(),
  brief: async () => (await import("./commands/brief.ts")).briefCommand(),
  card: async () => (await import("./commands/card.ts")).cardCommand(),
  today: async () => (await import("./commands/today.ts")).todayCommand(),
  stats: async () => (await import("./commands/stats.ts")).statsCommand(),
  token: async () => (await import("./commands/token.ts")).tokenCommand(),
  import: async () => (await import("./commands/import.ts")).importCommand(),
  imports: async () => (await import("./commands/imports.ts")).importsCommand(),
  export: async () => (await import("./commands/export.ts")).exportCommand(),
  backup: async () => (await import("./commands/backup.ts")).backupCommand(),
  restore: async () => (await import("./commands/restore.ts")).restoreCommand(),
  merge: async () => (await import("./commands/merge.ts")).mergeCommand(),
  retention: async () => (await import("./commands/retention.ts")).retentionCommand(),
  settings: async () => (await import("./commands/settings.ts")).settingsCommand(),
};

/**
 * The commands a command line needs: only the one it names, or every command when it names none
 * or an unknown one, so help lists them all and a typo still gets commander's suggestion.
 */
export function selectCommandLoaders(args: readonly string[]): CommandLoader[] {
  const name = args[0];
  const named =
    name !== undefined && Object.hasOwn(COMMAND_LOADERS, name) ? COMMAND_LOADERS[name] : undefined;
  return named ? [named] : Object.values(COMMAND_LOADERS);
}
