export const CSV_DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Picks the delimiter from the header line: the candidate that occurs most often outside quotes.
 * German Excel writes ";" (the comma is the decimal separator), "Unicode text" writes tabs.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) {
      counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
    }
  }
  let best: CsvDelimiter = ",";
  // On a tie the rarer-in-text delimiter wins: a tab or semicolon is seldom part of a header.
  for (const candidate of ["\t", ";", ","] as const) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}

/**
 * The delimiter a first line `sep=;` names: tools that write CSV for Excel put it there, and Excel
 * splits at it and hides the line. Null when the first line is no such hint.
 */
export function separatorHint(firstLine: string): CsvDelimiter | null {
  const match = /^\uFEFF?"?sep=(.)"?\s*$/i.exec(firstLine);
  const named = match?.[1];
  return named && (CSV_DELIMITERS as readonly string[]).includes(named) ? (named as CsvDelimiter) : null;
}
