import { Command } from "commander";
import { briefCommand } from "./commands/brief.ts";
import { demoCommand } from "./commands/demo.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { serveCommand } from "./commands/serve.ts";
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
  .addCommand(tokenCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`${describeFailure(error, localeFrom({}))}\n`);
  process.exitCode = 1;
}
