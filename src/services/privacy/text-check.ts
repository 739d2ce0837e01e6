import type { Actor } from "../../core/model/actor.ts";
import { textCheckInput } from "../../core/privacy/privacy-schemas.ts";
import { reviewSensitiveTexts, STANCE_REASON_ADVICE } from "../../core/privacy/sensitive-review.ts";
import { parseInput } from "../../core/validation.ts";
import type { ServiceContext } from "../context.ts";

/**
 * Checks a text while it is being written, before any save: the same findings the save would
 * refuse, with their explanations in both languages. Reads and writes nothing.
 */
export async function checkText(_ctx: ServiceContext, _actor: Actor, input: unknown) {
  const data = parseInput(textCheckInput, input);
  const findings = reviewSensitiveTexts([{ field: "text", kind: data.kind, text: data.text }]);
  return {
    findings: findings.map(({ category, match, start, end, explanation }) => ({
      category,
      match,
      start,
      end,
      explanation,
    })),
    advice: data.kind === "stance_reason" ? STANCE_REASON_ADVICE : null,
  };
}
