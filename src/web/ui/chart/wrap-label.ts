/**
 * A category label broken into at most `maxLines` lines of about `maxChars` characters, at spaces;
 * a word longer than a line is cut with an ellipsis, as is text beyond the last line.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = 3): string[] {
  const width = Math.max(3, Math.floor(maxChars));
  const lines: string[] = [];
  let current = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= width) {
      current = next;
      continue;
    }
    if (current) lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  const fitted = lines.map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, width - 1))}…`;
  return kept;
}
