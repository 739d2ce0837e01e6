import type { SensitiveDecision } from "../../../core/privacy/sensitive-review.ts";
import { isApiError } from "../../api/api-error.ts";

export type { SensitiveDecision };

/**
 * True when the server refused a save because a note looks like special-category data or an insult
 * — resending with a `sensitive` decision gets past that check; any other field problem stays shown.
 */
export function isSensitiveRefusal(error: unknown): boolean {
  if (!isApiError(error) || error.status !== 400) return false;
  return error.fields.some((f) => f.code.startsWith("sensitive_"));
}

/** The same request body with the person's decision added at the top level, as every endpoint expects. */
export function withSensitiveDecision<T extends object>(
  body: T,
  decision: SensitiveDecision,
): T & { sensitive: SensitiveDecision } {
  return { ...body, sensitive: decision };
}
