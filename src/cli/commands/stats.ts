import { Command } from "commander";
import { ANALYTICS_FIGURES, figureText } from "../../core/analytics/index.ts";
import { computeAnalyticsFigure } from "../../services/analytics/index.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

export function statsCommand(): Command {
  return withStoreOptions(new Command("stats"))
    .description(
      '"does friendship sell?": win rate by warmth, tenders by coverage, journey, trends, keep-in-touch',
    )
    .option("--team", "the whole team's figures (owners and admins)")
    .action(async (flags: StoreFlags & { team?: boolean }) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const actor = actorFor(owner);
        for (const key of ANALYTICS_FIGURES) {
          const figure = await computeAnalyticsFigure(ctx, actor, key, flags.team ? "team" : "me");
          process.stdout.write(`${figureText(figure, locale)}\n`);
        }
      } finally {
        await closeContext(ctx);
      }
    });
}
