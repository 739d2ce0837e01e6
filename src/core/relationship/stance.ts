// Haltung decides which nudges a contact may get. Not every customer should become a friend:
// for keep_professional and caution the product stays silent about anything personal (no
// "reach out personally", no birthday greetings, no stage-up) while business work goes on.
import type { Localized } from "../locale.ts";
import type { Stance } from "../vocabulary.ts";

/** Friendship nudges (personal keep-in-touch, birthdays, important dates, stage-ups). */
export function nudgesAllowed(stance: Stance): boolean {
  return stance === "befriend";
}

/** Business follow-ups (open loops, business keep-in-touch) go on whatever the stance. */
export function businessFollowUpsAllowed(_stance: Stance): boolean {
  return true;
}

/**
 * The note shown wherever a caution contact appears, so the user is reminded before acting.
 * The reason is private to the contact's owner; callers show it only to that user.
 */
export function describeCaution(stance: Stance, reason: string | null): Localized | null {
  if (stance !== "caution") return null;
  const trimmed = reason?.trim() ?? "";
  if (trimmed.length === 0) {
    return { de: "Vorsicht (kein Grund notiert)", en: "Caution (no reason noted)" };
  }
  return { de: `Vorsicht: ${trimmed}`, en: `Caution: ${trimmed}` };
}
