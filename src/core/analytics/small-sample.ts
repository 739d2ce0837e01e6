// A rate from three deals is an anecdote. Below SMALL_SAMPLE_BELOW cases a figure is still shown,
// greyed and with a plain-language caution, so the user learns to read it as a hint, not a finding.
import type { Localized } from "../locale.ts";
import type { FigureRow } from "./figure.ts";

export const SMALL_SAMPLE_BELOW = 10;

/** What the cases are, in both languages; German needs the dative plural after "auf … von". */
export interface CaseNoun {
  de: [one: string, many: string, manyDative: string];
  en: [one: string, many: string];
}

export const NOUNS = {
  deals: { de: ["Auftrag", "Aufträge", "Aufträgen"], en: ["deal", "deals"] },
  tenders: { de: ["Ausschreibung", "Ausschreibungen", "Ausschreibungen"], en: ["tender", "tenders"] },
  ratings: { de: ["Bewertung", "Bewertungen", "Bewertungen"], en: ["rating", "ratings"] },
  selfChecks: { de: ["Selbstcheck", "Selbstchecks", "Selbstchecks"], en: ["self-check", "self-checks"] },
  contacts: { de: ["Kontakt", "Kontakte", "Kontakten"], en: ["contact", "contacts"] },
} satisfies Record<string, CaseNoun>;

export function isSmallSample(count: number): boolean {
  return count < SMALL_SAMPLE_BELOW;
}

/** The caution for one figure resting on `count` cases, or null when there are enough. */
export function smallSampleCaution(count: number, noun: CaseNoun): Localized | null {
  if (!isSmallSample(count)) return null;
  if (count === 0) {
    return {
      de: `Keine Daten: noch keine ${noun.de[1]} in dieser Gruppe.`,
      en: `No data: no ${noun.en[1]} in this group yet.`,
    };
  }
  const de = count === 1 ? `nur 1 ${noun.de[0]}` : `nur ${count} ${noun.de[1]}`;
  const en = count === 1 ? `only 1 ${noun.en[0]}` : `only ${count} ${noun.en[1]}`;
  return {
    de: `Kleine Stichprobe: ${de} – noch kein verlässlicher Wert, eher ein Hinweis.`,
    en: `Small sample: ${en} – not a reliable figure yet, read it as a hint.`,
  };
}

/** The caution over a whole table: how many of its groups rest on too few cases. */
export function tableCaution(rows: readonly FigureRow[], total: number, noun: CaseNoun): Localized | null {
  if (total === 0) {
    return { de: `Noch keine Daten: 0 ${noun.de[1]}.`, en: `No data yet: 0 ${noun.en[1]}.` };
  }
  const small = rows.filter((row) => row.smallSample === true).length;
  if (small === 0) return null;
  return {
    de: `Kleine Stichprobe: ${small} von ${rows.length} Gruppen beruhen auf weniger als ${SMALL_SAMPLE_BELOW} ${noun.de[2]} und sind ausgegraut.`,
    en: `Small sample: ${small} of ${rows.length} groups rest on fewer than ${SMALL_SAMPLE_BELOW} ${noun.en[1]} and are greyed out.`,
  };
}
