import { Command } from "commander";
import { selectCommandLoaders } from "./command-loaders.ts";
import { describeFailure, langArgument, localeFrom } from "./output.ts";

try {
  const program = new Command("kundenfreund")
    .description("Kundenfreund — the CRM that helps you see your customers as friends")
    .showHelpAfterError();
  const commands = await Promise.all(selectCommandLoaders(process.argv.slice(2)).map((load) => load()));
  for (const command of commands) program.addCommand(command);
  await program.parseAsync(process.argv);
} catch (error) {
  // The command's own flags are out of reach here; its --lang still decides the language.
  process.stderr.write(`${describeFailure(error, localeFrom({ lang: langArgument(process.argv) }))}\n`);
  process.exitCode = 1;
}
