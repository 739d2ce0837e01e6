import { type FoldedName, foldedNamesMatch, MIN_LENGTH_FOR_TYPO } from "../../core/duplicates/index.ts";

/** A colleague: the folded name itself (no object of its own), when it was added, and the value. */
interface StaffEntry<T> extends FoldedName {
  /** Order of registration: the earliest matching colleague wins, as a scan in file order would. */
  seq: number;
  value: T;
}

/**
 * One entry, or several. Most buckets hold one colleague, and an import keeps every bucket to its
 * end: an array per bucket was ~220,000 arrays for 100,000 contacts.
 */
type Bucket<T> = StaffEntry<T> | Array<StaffEntry<T>>;

/**
 * The people of one company, bucketed so that a row is compared only with colleagues who could
 * match it (same as `foldedNamesMatch`, never more lenient). A scan of every colleague made a
 * 100,000-row import quadratic: 50 people per company, each compared with every new row.
 *
 * Buckets: the exact folded last name (equal last names, and first/last swapped), and last-name
 * length with its first or its last letter. Two names one edit apart differ in length by at most
 * one and, from MIN_LENGTH_FOR_TYPO letters on, share their first or their last letter: one edit
 * cannot change both ends of a word of two letters or more.
 */
export class CompanyStaff<T> {
  private readonly byLast = new Map<string, Bucket<T>>();
  private readonly byShape = new Map<number, Bucket<T>>();
  private count = 0;

  add(name: FoldedName, value: T, seq: number): void {
    const entry: StaffEntry<T> = { first: name.first, last: name.last, seq, value };
    push(this.byLast, name.last, entry);
    if (name.last.length >= MIN_LENGTH_FOR_TYPO) {
      push(this.byShape, shapeKey(name.last.length, FIRST, firstLetter(name.last)), entry);
      push(this.byShape, shapeKey(name.last.length, LAST, lastLetter(name.last)), entry);
    }
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  /**
   * The colleague registered first whose name matches and whom `accepts` (when given) does not
   * refuse, or undefined.
   */
  find(name: FoldedName, accepts?: (value: T) => boolean): T | undefined {
    const query: Query<T> = { name, accepts };
    let best = earliest(this.byLast.get(name.last), query, undefined);
    // Swapped first and last name.
    if (name.first !== name.last) best = earliest(this.byLast.get(name.first), query, best);
    const length = name.last.length;
    if (length >= MIN_LENGTH_FOR_TYPO) {
      const first = firstLetter(name.last);
      const last = lastLetter(name.last);
      for (let l = Math.max(MIN_LENGTH_FOR_TYPO, length - 1); l <= length + 1; l += 1) {
        best = earliest(this.byShape.get(shapeKey(l, FIRST, first)), query, best);
        best = earliest(this.byShape.get(shapeKey(l, LAST, last)), query, best);
      }
    }
    return best?.value;
  }
}

interface Query<T> {
  name: FoldedName;
  accepts: ((value: T) => boolean) | undefined;
}

function earliest<T>(
  bucket: Bucket<T> | undefined,
  query: Query<T>,
  best: StaffEntry<T> | undefined,
): StaffEntry<T> | undefined {
  if (!bucket) return best;
  if (!Array.isArray(bucket)) return earlierMatch(bucket, query, best);
  let found = best;
  for (const entry of bucket) found = earlierMatch(entry, query, found);
  return found;
}

const FIRST = 0;
const LAST = 1;

/**
 * Length, end and letter (a UTF-16 code unit) as one number, so the six bucket lookups of each
 * imported row build no strings.
 */
function shapeKey(length: number, end: typeof FIRST | typeof LAST, letter: number): number {
  return length * 0x20000 + end * 0x10000 + letter;
}

function firstLetter(word: string): number {
  return word.charCodeAt(0);
}

function lastLetter(word: string): number {
  return word.charCodeAt(word.length - 1);
}

/** The entry if it was added before `best`, its name matches and the query accepts it, else `best`. */
function earlierMatch<T>(
  entry: StaffEntry<T>,
  { name, accepts }: Query<T>,
  best: StaffEntry<T> | undefined,
): StaffEntry<T> | undefined {
  if (best && entry.seq >= best.seq) return best;
  if (!foldedNamesMatch(entry, name)) return best;
  return accepts === undefined || accepts(entry.value) ? entry : best;
}

function push<K, T>(map: Map<K, Bucket<T>>, key: K, entry: StaffEntry<T>): void {
  const bucket = map.get(key);
  if (!bucket) map.set(key, entry);
  else if (Array.isArray(bucket)) bucket.push(entry);
  else map.set(key, [bucket, entry]);
}
