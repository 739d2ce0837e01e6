import { Command } from "commander";
import { formatEuro } from "../../core/gifts/format-euro.ts";
import type { Locale } from "../../core/locale.ts";
import type { WorkspaceSettings } from "../../core/schemas/workspace-settings.ts";
import { closeContext } from "../../services/open-context.ts";
import { getWorkspaceSettings, updateWorkspaceSettings } from "../../services/workspace-settings.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

/**
 * `kundenfreund settings` shows the workspace's settings; `--phone-country AT` changes the country
 * assumed for phone numbers written without a country code, as the import page does (decision 112).
 * The value is checked by the service, so a wrong one gets the same message as through the API.
 */
export function settingsCommand(): Command {
  return withStoreOptions(new Command("settings"))
    .description("show the workspace's settings; --phone-country changes the country for national numbers")
    .option("--phone-country <code>", "DE, AT, CH or LI: the country of phone numbers without a country code")
    .action(async (flags: StoreFlags & { phoneCountry?: string }) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const actor = actorFor(owner);
        const settings =
          flags.phoneCountry === undefined
            ? await getWorkspaceSettings(ctx, actor)
            : await updateWorkspaceSettings(ctx, actor, {
                phoneCountry: flags.phoneCountry.trim().toUpperCase(),
              });
        process.stdout.write(renderSettings(settings, locale));
      } finally {
        await closeContext(ctx);
      }
    });
}

export function renderSettings(settings: WorkspaceSettings, locale: Locale): string {
  const cents = settings.giftLimitCents;
  const limit = cents === null ? (locale === "de" ? "keine" : "none") : formatEuro(cents)[locale];
  return locale === "de"
    ? `Land für Telefonnummern ohne Vorwahl: ${settings.phoneCountry}\nGeschenkgrenze: ${limit}\n`
    : `Country for phone numbers without a country code: ${settings.phoneCountry}\nGift limit: ${limit}\n`;
}
