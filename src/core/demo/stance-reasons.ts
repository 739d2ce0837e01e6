import { addDays, type IsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { Stance } from "../vocabulary.ts";
import { formatDay } from "./format-day.ts";
import type { Gender } from "./names.ts";
import type { Rng } from "./random.ts";

// Stance reasons as the product asks for them: factual and dated, about behaviour, never about
// the person's character or private life — they are personal data the contact may one day read.

type Reason = (date: string, gender: Gender) => Localized;

const CAUTION: readonly Reason[] = [
  (d) => ({
    de: `Hat am ${d} unser Angebot nur als Preishebel gegenüber dem Wettbewerb genutzt.`,
    en: `On ${d} used our offer only as price leverage against a competitor.`,
  }),
  (d) => ({
    de: `Forderte bis zum ${d} drei kostenlose Nachangebote und vergab den Auftrag dann ohne Rückmeldung anderweitig.`,
    en: `Asked for three free revised offers up to ${d}, then awarded the order elsewhere without a word.`,
  }),
  (d) => ({
    de: `Hat unsere Preisliste am ${d} an einen Mitbewerber weitergegeben (laut dessen Vertrieb).`,
    en: `On ${d} forwarded our price sheet to a competitor (according to their sales rep).`,
  }),
];

const KEEP_PROFESSIONAL: readonly Reason[] = [
  (d, g) => ({
    de: `Im Termin am ${d} herablassend gegenüber unserem Servicetechniker; private Themen blockt ${g === "f" ? "sie" : "er"} ab.`,
    en: `Condescending towards our service engineer in the meeting on ${d}; declines any personal topics.`,
  }),
  (d, g) => ({
    de: `Hat am ${d} klargestellt, dass ${g === "f" ? "sie" : "er"} Geschäftliches und Privates strikt trennt – respektieren.`,
    en: `Made clear on ${d} that business and private life stay separate – respect that.`,
  }),
  (d) => ({
    de: `Keine Chemie: Gespräche bis ${d} blieben kühl und rein formal; wünscht nur Schriftverkehr.`,
    en: `No chemistry: conversations up to ${d} stayed cool and formal; wants everything in writing.`,
  }),
];

/** A dated reason for a stance other than befriend, in the language of the notes. */
export function writeStanceReason(
  rng: Rng,
  options: { stance: Exclude<Stance, "befriend">; today: IsoDate; german: boolean; gender: Gender },
): string {
  const date = formatDay(addDays(options.today, -rng.int(20, 300)), options.german);
  const reason = rng.pick(options.stance === "caution" ? CAUTION : KEEP_PROFESSIONAL)(date, options.gender);
  return options.german ? reason.de : reason.en;
}
