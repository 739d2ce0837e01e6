import { Command } from "commander";
import { briefingMarkdown } from "../../core/briefing/briefing-markdown.ts";
import { getBriefing } from "../../services/briefing.ts";
import { closeContext } from "../../services/open-context.ts";
import { search } from "../../services/search.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom, say } from "../output.ts";
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
        const { items } = await search(ctx, actor, { q: name, types: "person", limit: "10" });
        const exact = items.filter((hit) => hit.title.toLowerCase() === name.trim().toLowerCase());
        const candidates = exact.length > 0 ? exact : items;
        if (candidates.length === 0) {
          say(locale, { de: `Niemand gefunden für „${name}“.`, en: `Nobody found for "${name}".` });
          process.exitCode = 1;
          return;
        }
        if (candidates.length > 1) {
          say(locale, {
            de: "Mehrere Treffer – bitte genauer:",
            en: "Several matches — please be more specific:",
          });
          for (const hit of candidates)
            process.stdout.write(`  ${hit.title}${hit.subtitle ? ` (${hit.subtitle})` : ""}\n`);
          process.exitCode = 1;
          return;
        }
        const briefing = await getBriefing(ctx, actor, candidates[0]?.id ?? "");
        process.stdout.write(briefingMarkdown(briefing, locale));
      } finally {
        await closeContext(ctx);
      }
    });
}
