import { Command } from "commander";
import { briefingMarkdown } from "../../core/briefing/briefing-markdown.ts";
import { getBriefing } from "../../services/briefing.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom } from "../output.ts";
import { personByName } from "../person-by-name.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

export function briefCommand(): Command {
  return withStoreOptions(new Command("brief"))
    .description('print the friend briefing for a person as Markdown, e.g. kundenfreund brief "Anna Becker"')
    .argument("<name>", "the person's name (or the start of it)")
    .action(async (name: string, flags: StoreFlags) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const actor = actorFor(owner);
        const personId = await personByName(ctx, actor, name, locale);
        if (!personId) return;
        const briefing = await getBriefing(ctx, actor, personId);
        process.stdout.write(briefingMarkdown(briefing, locale));
      } finally {
        await closeContext(ctx);
      }
    });
}
