import { Command } from "commander";
import type { Locale } from "../../core/locale.ts";
import { closeContext } from "../../services/open-context.ts";
import { getToday, MAX_AGENDA_LINES } from "../../services/relationship.ts";
import { actorFor, ensureLocalWorkspace } from "../../services/workspace-setup.ts";
import { localeFrom } from "../output.ts";
import { openContextFrom, type StoreFlags, withStoreOptions } from "../store-options.ts";

const HEADINGS: Record<string, Record<Locale, string>> = {
  today: { de: "Heute", en: "Today" },
  open_loops: { de: "Offene Fäden", en: "Open loops" },
  keep_in_touch: { de: "Melden Sie sich bei", en: "Reach out to" },
  upcoming: { de: "Demnächst", en: "Coming up" },
};

export function todayCommand(): Command {
  return withStoreOptions(new Command("today"))
    .description("print today's agenda (Heute): whom to reach out to and why")
    .option("--date <YYYY-MM-DD>", "show the agenda of another day")
    .option("--all", "list every due keep-in-touch contact and open loop, not only the first 30")
    .action(async (flags: StoreFlags & { date?: string; all?: boolean }) => {
      const locale = localeFrom(flags);
      const ctx = await openContextFrom(flags);
      try {
        const { owner } = await ensureLocalWorkspace(ctx, { locale });
        const agenda = await getToday(ctx, actorFor(owner), {
          ...(flags.date ? { today: flags.date } : {}),
          ...(flags.all ? { keepInTouch: MAX_AGENDA_LINES, openLoops: MAX_AGENDA_LINES } : {}),
        });
        process.stdout.write(renderAgenda(agenda, locale));
      } finally {
        await closeContext(ctx);
      }
    });
}

export function renderAgenda(agenda: Awaited<ReturnType<typeof getToday>>, locale: Locale): string {
  const date = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${agenda.today}T12:00:00Z`));
  const lines = [`${HEADINGS.today?.[locale]} — ${date}`];
  if (agenda.items.length === 0) {
    lines.push(
      locale === "de"
        ? "Nichts Dringendes heute. Zeit für ein gutes Gespräch?"
        : "Nothing urgent today. Time for a good conversation?",
    );
  }
  const hidden: Record<string, number> = {
    keep_in_touch: agenda.keepInTouchDue - agenda.items.filter((i) => i.section === "keep_in_touch").length,
    open_loops: agenda.openLoopsDue - agenda.items.filter((i) => i.section === "open_loops").length,
  };
  const lastOfSection = new Map(agenda.items.map((item) => [item.section, item]));
  let section = "";
  for (const item of agenda.items) {
    if (item.section !== section) {
      section = item.section;
      if (section !== "today") lines.push("", `${HEADINGS[section]?.[locale] ?? section}:`);
    }
    lines.push(`  • ${item.reason[locale]}`);
    if (item.caution) lines.push(`    ⚠ ${item.caution[locale]}`);
    const more = hidden[item.section] ?? 0;
    if (more > 0 && lastOfSection.get(item.section) === item)
      lines.push(`  ${moreDue(item.section, more, locale)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** "… und 1.725 weitere fällige Kontakte (alle mit --all)". */
function moreDue(section: string, count: number, locale: Locale): string {
  const n = new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB").format(count);
  const what =
    section === "open_loops"
      ? count === 1
        ? { de: "weiterer fälliger offener Faden", en: "more open loop due" }
        : { de: "weitere fällige offene Fäden", en: "more open loops due" }
      : count === 1
        ? { de: "weiterer fälliger Kontakt", en: "more contact due" }
        : { de: "weitere fällige Kontakte", en: "more contacts due" };
  return locale === "de"
    ? `… und ${n} ${what.de} (alle mit --all)`
    : `… and ${n} ${what.en} (all with --all)`;
}
