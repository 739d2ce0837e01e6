import { type FieldProblem, ValidationError } from "../errors.ts";
import type { Localized } from "../locale.ts";
import { CATEGORY_EXPLANATIONS, type SensitiveCategory } from "./categories.ts";
import { detectSensitive } from "./detect-sensitive.ts";

/**
 * How the writer decided to proceed with a note that looks sensitive: the person consented
 * (Art. 9(2)(a) GDPR), or the writer saves it anyway on their own responsibility. Rephrasing needs
 * no decision — the clean text simply saves.
 */
export const SENSITIVE_DECISIONS = ["consented", "save_anyway"] as const;
export type SensitiveDecision = (typeof SENSITIVE_DECISIONS)[number];

/** The free texts checked at entry. Stance reasons get extra advice: factual, dated incidents. */
export const SENSITIVE_TEXT_KINDS = ["fact", "person_note", "stance_reason", "self_check_note"] as const;
export type SensitiveTextKind = (typeof SENSITIVE_TEXT_KINDS)[number];

export interface SensitiveTextInput {
  /** The request field the text came from ("text", "facts.0.text", "stanceReason" …). */
  field: string;
  kind: SensitiveTextKind;
  text: string | null | undefined;
}

export interface SensitiveFieldFinding {
  field: string;
  kind: SensitiveTextKind;
  category: SensitiveCategory;
  match: string;
  start: number;
  end: number;
  explanation: Localized;
}

export const STANCE_REASON_ADVICE: Localized = {
  de: "Gründe für die Haltung bitte sachlich und datiert notieren: was ist wann passiert (z. B. „2026-03-12: Unser Angebot als Preishebel beim Wettbewerber genutzt“) – keine Urteile über die Person.",
  en: 'Stance reasons should be factual, dated incidents: what happened when (e.g. "2026-03-12: used our offer as price leverage with a competitor") – no judgements about the person.',
};

const HOW_TO_PROCEED: Localized = {
  de: 'Formulieren Sie um, oder speichern Sie bewusst mit sensitive: "consented" (die Person hat eingewilligt) oder sensitive: "save_anyway" (auf eigene Verantwortung; wird protokolliert).',
  en: 'Rephrase it, or save deliberately with sensitive: "consented" (the person consented) or sensitive: "save_anyway" (on your own responsibility; recorded).',
};

/** Every finding in every text, in field order, then text order. */
export function reviewSensitiveTexts(texts: readonly SensitiveTextInput[]): SensitiveFieldFinding[] {
  return texts.flatMap(({ field, kind, text }) =>
    text
      ? detectSensitive(text).map((f) => ({
          field,
          kind,
          category: f.category,
          match: f.match,
          start: f.start,
          end: f.end,
          explanation: CATEGORY_EXPLANATIONS[f.category],
        }))
      : [],
  );
}

/** One problem per field and category, naming the matched words, the reason and the way out. */
export function sensitiveFieldProblems(findings: readonly SensitiveFieldFinding[]): FieldProblem[] {
  const groups = new Map<string, SensitiveFieldFinding[]>();
  for (const finding of findings) {
    const key = `${finding.field}\u0000${finding.category}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as SensitiveFieldFinding;
    const matches = [...new Set(group.map((f) => f.match))];
    const advice = first.kind === "stance_reason" ? STANCE_REASON_ADVICE : null;
    return {
      field: first.field,
      code: `sensitive_${first.category}`,
      message: {
        de: [`„${matches.join("“, „")}“: ${first.explanation.de}`, advice?.de, HOW_TO_PROCEED.de]
          .filter(Boolean)
          .join(" "),
        en: [`"${matches.join('", "')}": ${first.explanation.en}`, advice?.en, HOW_TO_PROCEED.en]
          .filter(Boolean)
          .join(" "),
      },
    };
  });
}

/**
 * Refuses to save text that looks like special-category data or an insult unless the request says
 * how to proceed. A ValidationError, so every client already shows it field by field; `findings`
 * carries the structured detail (category, match, explanation) for callers in process.
 */
export class SensitiveDataError extends ValidationError {
  readonly findings: SensitiveFieldFinding[];
  constructor(findings: SensitiveFieldFinding[]) {
    super(sensitiveFieldProblems(findings));
    this.name = "SensitiveDataError";
    this.findings = findings;
  }
}

/**
 * The check every save runs: returns the findings to record when a decision was given, throws
 * when there are findings and no decision. Text without findings passes whatever the decision.
 */
export function checkSensitiveTexts(
  texts: readonly SensitiveTextInput[],
  decision: SensitiveDecision | undefined,
): SensitiveFieldFinding[] {
  const findings = reviewSensitiveTexts(texts);
  if (findings.length > 0 && decision === undefined) throw new SensitiveDataError(findings);
  return findings;
}

/** The distinct categories of some findings, in the lexicon's order of first appearance. */
export function categoriesOf(findings: readonly SensitiveFieldFinding[]): SensitiveCategory[] {
  return [...new Set(findings.map((f) => f.category))];
}
