import { SENSITIVE_CATEGORIES, type SensitiveCategory } from "./categories.ts";
import { type CategoryLexicon, type FalseFriend, LEXICON } from "./lexicon.ts";

export interface SensitiveFinding {
  category: SensitiveCategory;
  /** The matched text as written. */
  match: string;
  /** UTF-16 offsets into the text, end exclusive (String.prototype.slice semantics). */
  start: number;
  end: number;
}

// Letters and digits delimit words; hyphens and apostrophes do not, so "Krebs-Patient" yields
// "Krebs" and "EU-Union" yields "Union".
const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;
const CONTEXT = 40;
const NEAR = 60;

interface CompiledCategory {
  category: SensitiveCategory;
  patterns: RegExp[];
  falseFriends: readonly FalseFriend[];
}

function compile(lexicon: CategoryLexicon): CompiledCategory {
  const patterns: RegExp[] = [];
  if (lexicon.words.length > 0) {
    patterns.push(new RegExp(`${BEFORE}(?:${lexicon.words.join("|")})${AFTER}`, "giu"));
  }
  if (lexicon.cased && lexicon.cased.length > 0) {
    patterns.push(new RegExp(`${BEFORE}(?:${lexicon.cased.join("|")})${AFTER}`, "gu"));
  }
  return { category: lexicon.category, patterns, falseFriends: lexicon.falseFriends ?? [] };
}

// Compiled once at module load: the detector runs on every save.
const COMPILED: readonly CompiledCategory[] = LEXICON.map(compile);
const CATEGORY_ORDER = new Map(SENSITIVE_CATEGORIES.map((c, i) => [c, i]));

function isFalseFriend(
  friend: FalseFriend,
  text: string,
  match: string,
  start: number,
  end: number,
): boolean {
  if (!friend.word.test(match)) return false;
  if (friend.before && !friend.before.test(text.slice(Math.max(0, start - CONTEXT), start))) return false;
  if (friend.after && !friend.after.test(text.slice(end, end + CONTEXT))) return false;
  if (friend.unlessNear) {
    const window = `${text.slice(Math.max(0, start - NEAR), start)} ${text.slice(end, end + NEAR)}`;
    if (friend.unlessNear.test(window)) return false;
  }
  return true;
}

/**
 * Finds words that look like sensitive personal data (Art. 9/10 GDPR) or insults, in German and
 * English. A hint for the writer, not a classifier: it errs on the side of flagging.
 */
export function detectSensitive(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  const seen = new Set<string>();
  for (const compiled of COMPILED) {
    for (const pattern of compiled.patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const match = m[0];
        const start = m.index;
        const end = start + match.length;
        if (compiled.falseFriends.some((f) => isFalseFriend(f, text, match, start, end))) continue;
        const key = `${compiled.category}:${start}:${end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({ category: compiled.category, match, start, end });
      }
    }
  }
  return findings.sort(
    (a, b) =>
      a.start - b.start ||
      (CATEGORY_ORDER.get(a.category) ?? 0) - (CATEGORY_ORDER.get(b.category) ?? 0) ||
      a.end - b.end,
  );
}
