/**
 * True when `a` becomes `b` by at most one typo: an insertion, a deletion, a substitution, or two
 * neighbouring letters swapped (Micheal / Michael), i.e. an optimal-string-alignment distance ≤ 1.
 * Linear time: a full distance matrix is not needed to answer "one typo apart?".
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  if (short.length !== long.length) return short.slice(i) === long.slice(i + 1);
  if (short.slice(i + 1) === long.slice(i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
}
