import type { Localized } from "../locale.ts";
import {
  SELF_CHECK_QUESTIONS,
  type SelfCheckAnswer,
  type SelfCheckQuestion,
} from "../schemas/conversation.ts";

export interface RatedConversation {
  interactionId: string;
  occurredAt: string;
  atmosphere: number | null;
  trust: number | null;
  resistance: number | null;
}

export interface RatingPoint {
  occurredAt: string;
  value: number;
}

/** One series per rating, skipping conversations where that rating was not given. */
export function ratingSeries(rows: readonly RatedConversation[]) {
  const series = (key: "atmosphere" | "trust" | "resistance"): RatingPoint[] =>
    rows.flatMap((r) => (r[key] === null ? [] : [{ occurredAt: r.occurredAt, value: r[key] as number }]));
  return { atmosphere: series("atmosphere"), trust: series("trust"), resistance: series("resistance") };
}

export interface SelfCheckRow {
  interactionId: string;
  occurredAt: string;
  answers: Record<SelfCheckQuestion, SelfCheckAnswer>;
  note: string | null;
  atmosphere: number | null;
}

export interface SelfCheckInsight {
  question: SelfCheckQuestion;
  /** Average atmosphere when the answer was "yes", and when it was "partly" or "no". */
  withAverage: number | null;
  withCount: number;
  withoutAverage: number | null;
  withoutCount: number;
  text: Localized | null;
}

/** Below this many conversations on either side, a comparison is noise and is not put into words. */
export const MIN_CONVERSATIONS_PER_SIDE = 3;

const QUESTION_TEXT: Record<SelfCheckQuestion, Localized> = {
  relaxed: { de: "entspannt waren", en: "were relaxed" },
  smiled: { de: "gelächelt haben", en: "smiled" },
  listened: { de: "mehr zugehört als geredet haben", en: "listened more than you talked" },
  distance: { de: "den persönlichen Abstand gut getroffen haben", en: "got the personal distance right" },
  friendTone: { de: "wie mit einem Freund gesprochen haben", en: "spoke as to a friend" },
};

/**
 * For each self-check question: the atmosphere the user met when they answered yes versus
 * otherwise ("when you were relaxed, the atmosphere averaged 4.3 vs 3.1").
 */
export function selfCheckInsights(rows: readonly SelfCheckRow[]) {
  const insights: SelfCheckInsight[] = SELF_CHECK_QUESTIONS.map((question) => {
    const rated = rows.filter((r) => r.atmosphere !== null);
    const withYes = rated.filter((r) => r.answers[question] === "yes").map((r) => r.atmosphere as number);
    const without = rated.filter((r) => r.answers[question] !== "yes").map((r) => r.atmosphere as number);
    const withAverage = average(withYes);
    const withoutAverage = average(without);
    const enough =
      withYes.length >= MIN_CONVERSATIONS_PER_SIDE && without.length >= MIN_CONVERSATIONS_PER_SIDE;
    return {
      question,
      withAverage,
      withCount: withYes.length,
      withoutAverage,
      withoutCount: without.length,
      text:
        enough && withAverage !== null && withoutAverage !== null
          ? {
              de: `Wenn Sie ${QUESTION_TEXT[question].de}, lag die Atmosphäre im Schnitt bei ${fmt(withAverage, "de")}, sonst bei ${fmt(withoutAverage, "de")}.`,
              en: `When you ${QUESTION_TEXT[question].en}, the atmosphere averaged ${fmt(withAverage, "en")} vs ${fmt(withoutAverage, "en")}.`,
            }
          : null,
    };
  });
  const series = rows.map((r) => ({
    interactionId: r.interactionId,
    occurredAt: r.occurredAt,
    note: r.note,
    score:
      SELF_CHECK_QUESTIONS.reduce((sum, q) => sum + SCORE[r.answers[q]], 0) / SELF_CHECK_QUESTIONS.length,
    atmosphere: r.atmosphere,
  }));
  return { insights, series };
}

const SCORE: Record<SelfCheckAnswer, number> = { yes: 1, partly: 0.5, no: 0 };

function average(values: number[]): number | null {
  return values.length === 0
    ? null
    : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

function fmt(value: number, locale: "de" | "en"): string {
  return value.toFixed(1).replace(".", locale === "de" ? "," : ".");
}
