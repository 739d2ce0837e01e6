import { Command } from "commander";
import { loadDemo } from "../../services/demo/load-demo.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom, say } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

export function demoCommand(): Command {
  return withStoreOptions(new Command("demo"))
    .description("load a realistic demo workspace (~200 people in ~40 companies, a year of conversations)")
    .option("--seed <seed>", "the same seed always gives the same workspace", "42")
    .option("--replace", "replace the people and companies already in the workspace")
    .action(async (flags: StoreFlags & { seed: string; replace?: boolean }) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const started = Date.now();
        const counts = await loadDemo(ctx, actorFor(owner), {
          seed: flags.seed,
          replace: flags.replace ?? false,
        });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        say(locale, {
          de: `Demo geladen in ${seconds} s (${ctx.store.location}): ${counts.contacts} Kontakte in ${counts.companies} Firmen, ${counts.interactions} Gespräche, ${counts.facts} persönliche Details, ${counts.openLoops} offene Fäden, ${counts.deals} Aufträge (davon ${counts.tenders} Ausschreibungen).`,
          en: `Demo loaded in ${seconds} s (${ctx.store.location}): ${counts.contacts} contacts in ${counts.companies} companies, ${counts.interactions} conversations, ${counts.facts} personal facts, ${counts.openLoops} open loops, ${counts.deals} deals (${counts.tenders} of them tenders).`,
        });
      } finally {
        await closeContext(ctx);
      }
    });
}
