/** Longest name kept, in characters: file systems allow 255 bytes, and a umlaut takes two. */
const MAX_LENGTH = 100;

/**
 * "Anna Groß": the name as a file name, without what a file system refuses (path separators,
 * Windows' reserved characters, control characters, a leading dot that hides the file); "Kontakt"
 * if nothing is left.
 */
export function contactFileName(firstName: string, lastName: string): string {
  const cleaned = `${firstName} ${lastName}`
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+/, "");
  // Cut by characters, not UTF-16 units, so an emoji is never split in half.
  const name = Array.from(cleaned).slice(0, MAX_LENGTH).join("").trim();
  return name || "Kontakt";
}
