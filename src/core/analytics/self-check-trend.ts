// The user's self-check (Selbstcheck) month by month beside the atmosphere they met: did being
// relaxed, smiling and listening go with warmer conversations? Self-checks are private to their
// author. The team view shows sums over at least MIN_TEAM_AUTHORS people per month, so no answer
// of an individual can be read from it (docs/decisions/091-analytics-privacy-and-sampling.md).
import type { Localized } from "../locale.ts";
import { SELF_CHECK_QUESTIONS, type SelfCheckQuestion } from "../schemas/conversation.ts";
import type { AnalyticsScope, FigureBody, FigureColumn, FigureRow } from "./figure.ts";
import { isSmallSample, NOUNS, smallSampleCaution, tableCaution } from "./small-sample.ts";
import { ratio, roundRating, roundShare } from "./stats.ts";

/** Fewer people than this in a month and the team figure for that month is withheld. */
export const MIN_TEAM_AUTHORS = 3;

export interface MonthlySelfChecks {
  month: string;
  reflections: number;
  /** Distinct authors behind the month's reflections. */
  authors: number;
  /** Answers over all questions. */
  yes: number;
  partly: number;
  no: number;
  yesByQuestion: Record<SelfCheckQuestion, number>;
  atmosphereSum: number;
  atmosphereCount: number;
}

export const QUESTION_LABELS: Record<SelfCheckQuestion, Localized> = {
  relaxed: { de: "entspannt", en: "relaxed" },
  smiled: { de: "gelächelt", en: "smiled" },
  listened: { de: "zugehört", en: "listened" },
  distance: { de: "Abstand gepasst", en: "distance right" },
  friendTone: { de: "Ton wie unter Freunden", en: "friendly tone" },
};

const WITHHELD: Localized = {
  de: `Weniger als ${MIN_TEAM_AUTHORS} Personen haben in diesem Monat einen Selbstcheck erfasst – zum Schutz ihrer Privatsphäre nicht gezeigt.`,
  en: `Fewer than ${MIN_TEAM_AUTHORS} people logged a self-check this month – withheld to protect their privacy.`,
};

/** yes = 1, partly = ½, no = 0, over every answer: 0–1. */
export function selfCheckScore(m: Pick<MonthlySelfChecks, "yes" | "partly" | "no">): number | null {
  return ratio(m.yes + m.partly / 2, m.yes + m.partly + m.no);
}

export function selfCheckTrend(
  months: readonly string[],
  sums: readonly MonthlySelfChecks[],
  scope: AnalyticsScope,
): FigureBody {
  const byMonth = new Map(sums.map((s) => [s.month, s]));
  const rows: FigureRow[] = months.map((month) => {
    const m = byMonth.get(month);
    const base = { month, label: { de: month, en: month } };
    if (m && scope === "team" && m.authors < MIN_TEAM_AUTHORS) {
      return { ...base, ...emptyValues(), withheld: true, smallSample: true, caution: WITHHELD };
    }
    const reflections = m?.reflections ?? 0;
    const perQuestion = Object.fromEntries(
      SELF_CHECK_QUESTIONS.map((q) => [`${q}Yes`, roundShare(ratio(m?.yesByQuestion[q] ?? 0, reflections))]),
    );
    return {
      ...base,
      reflections,
      score: roundShare(m ? selfCheckScore(m) : null),
      ...perQuestion,
      atmosphereAverage: roundRating(m ? ratio(m.atmosphereSum, m.atmosphereCount) : null),
      atmosphereCount: m?.atmosphereCount ?? 0,
      withheld: false,
      smallSample: isSmallSample(reflections),
      caution: smallSampleCaution(reflections, NOUNS.selfChecks),
    };
  });
  const shown = rows.filter((r) => r.withheld === false);
  const total = shown.reduce((sum, r) => sum + (r.reflections as number), 0);
  const questionColumns: FigureColumn[] = SELF_CHECK_QUESTIONS.map((q) => ({
    key: `${q}Yes`,
    label: { de: `„ja“: ${QUESTION_LABELS[q].de}`, en: `"yes": ${QUESTION_LABELS[q].en}` },
    unit: "share",
  }));
  return {
    title:
      scope === "team"
        ? {
            de: "Selbstcheck im Team und die erlebte Atmosphäre",
            en: "Team self-check and the atmosphere met",
          }
        : { de: "Mein Selbstcheck und die erlebte Atmosphäre", en: "My self-check and the atmosphere I met" },
    columns: [
      { key: "label", label: { de: "Monat", en: "Month" }, unit: "label" },
      { key: "reflections", label: { de: "Selbstchecks", en: "Self-checks" }, unit: "count" },
      { key: "score", label: { de: "Selbstcheck-Wert", en: "Self-check score" }, unit: "share" },
      ...questionColumns,
      { key: "atmosphereAverage", label: { de: "Ø Atmosphäre", en: "Avg. atmosphere" }, unit: "rating" },
      {
        key: "atmosphereCount",
        label: { de: "Atmosphäre bewertet", en: "Atmosphere ratings" },
        unit: "count",
      },
    ],
    rows,
    chart: { kind: "line", x: "label", y: ["score", "atmosphereAverage"] },
    caution: tableCaution(shown, total, NOUNS.selfChecks),
    note:
      scope === "team"
        ? {
            de: `Nur Summen über mindestens ${MIN_TEAM_AUTHORS} Personen je Monat; Notizen und einzelne Antworten bleiben privat.`,
            en: `Only sums over at least ${MIN_TEAM_AUTHORS} people per month; notes and single answers stay private.`,
          }
        : {
            de: "Nur Ihre eigenen Selbstchecks (ja = 1, teilweise = ½, nein = 0); niemand sonst sieht sie.",
            en: "Only your own self-checks (yes = 1, partly = ½, no = 0); nobody else sees them.",
          },
    highlights: [],
    sections: {},
  };
}

function emptyValues(): FigureRow {
  return {
    reflections: null,
    score: null,
    ...Object.fromEntries(SELF_CHECK_QUESTIONS.map((q) => [`${q}Yes`, null])),
    atmosphereAverage: null,
    atmosphereCount: null,
  };
}
