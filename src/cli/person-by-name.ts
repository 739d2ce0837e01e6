import type { Locale } from "../core/locale.ts";
import type { Actor } from "../core/model/actor.ts";
import type { ServiceContext } from "../services/context.ts";
import { closeContext } from "../services/open-context.ts";
import { search } from "../services/search.ts";
import { actorFor, ensureLocalWorkspace } from "../services/workspace-setup.ts";
import { localeFrom, say } from "./output.ts";
import { openContextFrom, type StoreFlags } from "./store-options.ts";

/**
 * What a command about one person (brief, card) does around its own work: opens the store, finds
 * the person the command line names (personByName), hands them over, and closes the store. When
 * nobody or several are named, that is said and nothing else happens.
 */
export async function withNamedPerson(
  flags: StoreFlags,
  name: string,
  act: (ctx: ServiceContext, actor: Actor, personId: string, locale: Locale) => Promise<void>,
): Promise<void> {
  const locale = localeFrom(flags);
  const ctx = await openContextFrom(flags);
  try {
    const { owner } = await ensureLocalWorkspace(ctx, { locale });
    const actor = actorFor(owner);
    const personId = await personByName(ctx, actor, name, locale);
    if (personId) await act(ctx, actor, personId, locale);
  } finally {
    await closeContext(ctx);
  }
}

const PERSON_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** "Anna Becker (Acme GmbH)": a person as the list of several matches names them. */
const WITH_COMPANY = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * The one person a command line names: "Anna Becker", the start of a name, a name with its
 * company as the list of several matches shows it ("Anna Becker (Acme GmbH)"), or the person's id.
 * An exact name wins over names that only start so. Nobody or several is told on the terminal,
 * with the candidates and their ids (two namesakes without a company differ in nothing else), and
 * the command exits 1: a command acts on one person or on none.
 */
export async function personByName(
  ctx: ServiceContext,
  actor: Actor,
  name: string,
  locale: Locale,
): Promise<string | null> {
  const wanted = name.trim();
  // An id is looked up by the command itself; one that is not there is said plainly (describeFailure).
  if (isPersonId(wanted)) return wanted.toLowerCase();
  const withCompany = WITH_COMPANY.exec(wanted);
  const { items } = await search(ctx, actor, { q: withCompany?.[1] ?? wanted, types: "person", limit: "10" });
  const named = (hit: SearchHit) => hit.title.toLowerCase() === wanted.toLowerCase();
  const listed = (hit: SearchHit) => labelOf(hit).toLowerCase() === wanted.toLowerCase();
  const exact = items.filter((hit) => named(hit) || listed(hit));
  // A name with a company in brackets means that one, not everyone whose name starts so.
  const candidates = exact.length > 0 || withCompany ? exact : items;
  const [only] = candidates;
  if (only && candidates.length === 1) return only.id;
  process.exitCode = 1;
  if (!only) {
    say(locale, { de: `Niemand gefunden für „${name}“.`, en: `Nobody found for "${name}".` });
    return null;
  }
  say(locale, {
    de: "Mehrere Treffer – bitte einen so nennen, wie er hier steht, oder mit seiner ID:",
    en: "Several matches — name one as listed here, or by its id:",
  });
  for (const hit of candidates) process.stdout.write(`  ${labelOf(hit)}  ${hit.id}\n`);
  return null;
}

/** Is this argument a person's id rather than a name? */
export function isPersonId(argument: string): boolean {
  return PERSON_ID.test(argument.trim());
}

type SearchHit = Awaited<ReturnType<typeof search>>["items"][number];

function labelOf(hit: SearchHit): string {
  return hit.subtitle ? `${hit.title} (${hit.subtitle})` : hit.title;
}
