import { NotFoundError, ValidationError } from "../core/errors.ts";
import { type Locale, type Localized, negotiateLocale } from "../core/locale.ts";

export function localeFrom(flags: { lang?: string }): Locale {
  return negotiateLocale(flags.lang ?? process.env.KUNDENFREUND_LANG ?? process.env.LANG?.replace("_", "-"));
}

/** The value of `--lang de` or `--lang=de` among raw arguments, if given. */
export function langArgument(argv: string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === "--lang") return argv[index + 1];
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return undefined;
}

export function say(locale: Locale, text: Localized): void {
  process.stdout.write(`${text[locale]}\n`);
}

/** Errors a user can act on are printed plainly; anything else is a bug and shows its stack. */
export function describeFailure(error: unknown, locale: Locale): string {
  if (error instanceof ValidationError) {
    return error.problems.map((p) => `${p.field || "input"}: ${p.message[locale]}`).join("\n");
  }
  if (error && typeof error === "object" && "localized" in error) {
    return (error as { localized: Localized }).localized[locale];
  }
  if (error instanceof NotFoundError) {
    const entity = ENTITY_NAMES[error.entity]?.[locale] ?? error.entity;
    return locale === "de" ? `Nicht gefunden: ${entity} ${error.id}.` : `Not found: ${entity} ${error.id}.`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** What a NotFoundError names, as a reader of either language calls it; others are shown as named. */
const ENTITY_NAMES: Record<string, Localized> = {
  person: { de: "Person", en: "person" },
  company: { de: "Firma", en: "company" },
  deal: { de: "Auftrag", en: "deal" },
  interaction: { de: "Gespräch", en: "interaction" },
  fact: { de: "Detail", en: "fact" },
  "open loop": { de: "offener Faden", en: "open loop" },
  gift: { de: "Geschenk", en: "gift" },
  user: { de: "Benutzer", en: "user" },
  relation: { de: "Beziehung", en: "relation" },
  stakeholder: { de: "Beteiligte(r)", en: "stakeholder" },
  import: { de: "Import", en: "import" },
  calendar: { de: "Kalender", en: "calendar" },
};
