import { Command } from "commander";
import { briefingMarkdown } from "../../core/briefing/briefing-markdown.ts";
import { getBriefing } from "../../services/briefing.ts";
import { withNamedPerson } from "../person-by-name.ts";
import { type StoreFlags, withStoreOptions } from "../store-options.ts";

export function briefCommand(): Command {
  return withStoreOptions(new Command("brief"))
    .description('print the friend briefing for a person as Markdown, e.g. kundenfreund brief "Anna Becker"')
    .argument("<name>", "the person's name (or the start of it)")
    .action((name: string, flags: StoreFlags) =>
      withNamedPerson(flags, name, async (ctx, actor, personId, locale) => {
        const briefing = await getBriefing(ctx, actor, personId);
        process.stdout.write(briefingMarkdown(briefing, locale));
      }),
    );
}
