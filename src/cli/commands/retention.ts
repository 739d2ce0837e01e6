import { Command } from "commander";
import type { Locale } from "../../core/locale.ts";
import { closeContext } from "../../services/open-context.ts";
import { type RetentionRun, runRetentionEverywhere } from "../../services/privacy/retention.ts";
import { localeFrom } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

/**
 * `kundenfreund retention` lists the personal facts due for review under each workspace's rules;
 * `--apply` deletes them (all authors; audited). Meant for a daily cron job or a manual review.
 */
export function retentionCommand(): Command {
  return withStoreOptions(new Command("retention"))
    .description("list personal facts due for deletion under the retention rules; --apply deletes them")
    .option("--apply", "delete the personal facts of everyone in the review queue")
    .action(async (flags: StoreFlags & { apply?: boolean }) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const runs = await runRetentionEverywhere(ctx, { apply: flags.apply === true });
        process.stdout.write(renderRetention(runs, locale));
      } finally {
        await closeContext(ctx);
      }
    });
}

export function renderRetention(runs: readonly RetentionRun[], locale: Locale): string {
  const lines: string[] = [];
  for (const run of runs) {
    if (runs.length > 1) lines.push(`[${run.workspaceId}]`);
    if (run.queue.length === 0) {
      lines.push(
        locale === "de"
          ? "Keine persönlichen Details fällig zur Prüfung."
          : "No personal facts are due for review.",
      );
      continue;
    }
    for (const item of run.queue) {
      lines.push(`  • ${item.name} (${item.factCount}): ${item.explanation[locale]}`);
    }
    lines.push(
      run.applied
        ? locale === "de"
          ? `${run.deletedFacts} persönliche Details gelöscht.`
          : `${run.deletedFacts} personal facts deleted.`
        : locale === "de"
          ? "Nichts gelöscht. Mit --apply löschen."
          : "Nothing deleted. Run with --apply to delete.",
    );
  }
  return `${lines.join("\n")}\n`;
}
