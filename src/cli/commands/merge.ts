import { Command } from "commander";
import { fullName } from "../../core/model/person.ts";
import { mergePeople } from "../../services/io/merge-people.ts";
import { closeContext } from "../../services/open-context.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom, say } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

export function mergeCommand(): Command {
  return withStoreOptions(new Command("merge"))
    .description("merge two records of the same person: <keepId> stays and gains everything of <mergeId>")
    .argument("<keepId>", "id of the person to keep")
    .argument("<mergeId>", "id of the person merged into it and then deleted")
    .action(async (keepId: string, mergeId: string, flags: StoreFlags) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const person = await mergePeople(ctx, actorFor(owner), keepId.toLowerCase(), {
          mergeId: mergeId.toLowerCase(),
        });
        say(locale, {
          de: `Zusammengeführt: ${fullName(person)} (${person.id}).`,
          en: `Merged: ${fullName(person)} (${person.id}).`,
        });
      } finally {
        await closeContext(ctx);
      }
    });
}
