// How text becomes searchable: folded to lower-case ASCII-like terms so that "muller" finds
// "Müller", and German spellings without umlauts ("Mueller") find it too. The same folding runs
// on the query, so index and query always agree.

const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  þ: "th",
};

/** A character outside printable ASCII (space to tilde). */
const NOT_PLAIN = /[^ -~]/;

/** Lower-case, accents removed, ß → ss. */
export function foldText(text: string): string {
  // Printable ASCII has no accents and no special letters; most names, emails and words are
  // plain ASCII, and an import folds every one of them (a test holds both paths equal).
  if (!NOT_PLAIN.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøłđþ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

/** German transliteration of umlauts (ä → ae), for people who type without them. */
function transliterateUmlauts(word: string): string {
  return word.replace(/[äöü]/g, (ch) => `${foldText(ch)}e`);
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERM_LENGTH = 40;

/** The distinct words of a query, folded. */
export function queryTerms(query: string): string[] {
  return unique(foldText(query).match(WORD) ?? []).map((term) => term.slice(0, MAX_TERM_LENGTH));
}

/** The distinct index terms of a text: folded words, plus the ae/oe/ue spelling of umlaut words. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    terms.push(foldText(word).slice(0, MAX_TERM_LENGTH));
    if (/[äöü]/.test(word)) terms.push(foldText(transliterateUmlauts(word)).slice(0, MAX_TERM_LENGTH));
  }
  return unique(terms);
}

/**
 * The exclusive upper bound of all strings that start with `prefix`, so a prefix search is an
 * index range `term >= prefix AND term < upper` on any engine.
 */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  return prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
}

/** Sortable key for names: folded, last name first. */
export function sortKey(...parts: Array<string | null | undefined>): string {
  return foldText(parts.filter((p) => p && p.length > 0).join(" ")).trim();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
