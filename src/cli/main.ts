import { Command } from "commander";
import { backupCommand } from "./commands/backup.ts";
import { briefCommand } from "./commands/brief.ts";
import { demoCommand } from "./commands/demo.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";
import { mergeCommand } from "./commands/merge.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { restoreCommand } from "./commands/restore.ts";
import { retentionCommand } from "./commands/retention.ts";
import { serveCommand } from "./commands/serve.ts";
import { statsCommand } from "./commands/stats.ts";
import { todayCommand } from "./commands/today.ts";
import { tokenCommand } from "./commands/token.ts";
import { describeFailure, localeFrom } from "./output.ts";

const program = new Command("kundenfreund")
  .description("Kundenfreund — the CRM that helps you see your customers as friends")
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(demoCommand())
  .addCommand(briefCommand())
  .addCommand(todayCommand())
  .addCommand(statsCommand())
  .addCommand(tokenCommand())
  .addCommand(importCommand())
  .addCommand(exportCommand())
  .addCommand(backupCommand())
  .addCommand(restoreCommand())
  .addCommand(mergeCommand())
  .addCommand(retentionCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`${describeFailure(error, localeFrom({}))}\n`);
  process.exitCode = 1;
}
