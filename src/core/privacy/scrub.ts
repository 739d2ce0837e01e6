import { fullName } from "../model/person.ts";

/** What replaces an erased name in a text that must be kept (a colleague's note, a deal title). */
export const ERASED = "[…]";

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Replaces every whole-word occurrence of any needle, ignoring case. Longer needles first, so
 * "Jan Becker" becomes one placeholder, not two. Needles shorter than two characters are ignored:
 * erasing the letter "A" everywhere would destroy other people's text.
 */
export function scrubText(text: string, needles: readonly string[]): string {
  const usable = [...new Set(needles.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return text;
  const pattern = new RegExp(`${BEFORE}(?:${usable.map(escapeRegExp).join("|")})${AFTER}`, "giu");
  return text.replace(pattern, ERASED);
}

export interface ErasureSubject {
  firstName: string;
  lastName: string;
  /** Email addresses, phone numbers, postal addresses … as written. */
  channelValues: readonly string[];
}

/**
 * Strings that identify the person anywhere in the workspace: the full name in both orders and
 * every channel value. Used on texts of other people, where a bare first name ("Jan") would more
 * likely be someone else.
 */
export function identifyingStrings(subject: ErasureSubject): string[] {
  const name = fullName(subject);
  const reversed = [subject.lastName, subject.firstName].filter((p) => p.length > 0).join(", ");
  return [name, reversed, ...subject.channelValues].filter((s) => s.trim().length > 0);
}

/**
 * In a conversation the person took part in, the bare first and last name refer to them too
 * ("Lunch with Jan; Becker wants a quote").
 */
export function participantStrings(subject: ErasureSubject): string[] {
  return [...identifyingStrings(subject), subject.firstName, subject.lastName].filter(
    (s) => s.trim().length > 0,
  );
}
