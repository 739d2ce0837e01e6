import type { Locale } from "../core/locale.ts";
import type { Actor } from "../core/model/actor.ts";
import type { ServiceContext } from "../services/context.ts";
import { search } from "../services/search.ts";
import { say } from "./output.ts";

/**
 * The one person a command line names ("Anna Becker", or the start of a name): an exact name wins
 * over names that only start so. Nobody or several is told on the terminal, with the candidates,
 * and the command exits 1: a command acts on one person or on none.
 */
export async function personByName(
  ctx: ServiceContext,
  actor: Actor,
  name: string,
  locale: Locale,
): Promise<string | null> {
  const { items } = await search(ctx, actor, { q: name, types: "person", limit: "10" });
  const exact = items.filter((hit) => hit.title.toLowerCase() === name.trim().toLowerCase());
  const candidates = exact.length > 0 ? exact : items;
  const [only] = candidates;
  if (only && candidates.length === 1) return only.id;
  process.exitCode = 1;
  if (!only) {
    say(locale, { de: `Niemand gefunden für „${name}“.`, en: `Nobody found for "${name}".` });
    return null;
  }
  say(locale, { de: "Mehrere Treffer – bitte genauer:", en: "Several matches — please be more specific:" });
  for (const hit of candidates)
    process.stdout.write(`  ${hit.title}${hit.subtitle ? ` (${hit.subtitle})` : ""}\n`);
  return null;
}
