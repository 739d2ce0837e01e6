import { foldText } from "../search-terms.ts";
import { isWithinOneEdit } from "./edit-distance.ts";

export interface PersonName {
  firstName: string;
  lastName: string;
}

/** A name folded once, to be compared with many (an import checks each row against a company's staff). */
export interface FoldedName {
  first: string;
  last: string;
}

/** Names shorter than this may differ by one letter and still be different names (Ott / Orr). */
export const MIN_LENGTH_FOR_TYPO = 4;

/** "Müller-Lüdenscheidt" → "mullerludenscheidt": case, accents, spaces and punctuation do not count. */
export function foldName(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]/gu, "");
}

export function foldPersonName(name: PersonName): FoldedName {
  return { first: foldName(name.firstName), last: foldName(name.lastName) };
}

/**
 * Could two names at the same company be one person written twice? Yes when the last names are
 * equal or one typo apart (Meier / Maier, Müller / Mueller) and the first names are compatible:
 * equal, one typo apart, or one is only the initial of the other ("A." / "Anna"). "Anna Meier" and
 * "Andrea Meier" stay two people: a shared initial alone is too weak to merge colleagues. Names
 * entered the wrong way round (first name in the last-name column) match too.
 */
export function namesMatch(a: PersonName, b: PersonName): boolean {
  return foldedNamesMatch(foldPersonName(a), foldPersonName(b));
}

export function foldedNamesMatch(a: FoldedName, b: FoldedName): boolean {
  if (a.first === b.last && a.last === b.first && a.first !== a.last && a.first + a.last !== "") return true;
  if (a.last === "" || b.last === "") return a.last === b.last && a.first !== "" && a.first === b.first;
  return partsClose(a.last, b.last) && firstNamesCompatible(a.first, b.first);
}

/** Two folded name parts equal, or one typo apart from MIN_LENGTH_FOR_TYPO letters on. */
export function partsClose(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= MIN_LENGTH_FOR_TYPO && isWithinOneEdit(a, b));
}

/** Two folded first names equal, one typo apart, or one the initial of the other. */
export function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "" || b === "") return false;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return partsClose(a, b);
}
