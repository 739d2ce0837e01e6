// Google puts every contact in its system groups; they say nothing about the person.
const SYSTEM_GROUPS = new Set(["mycontacts", "starred", "* mycontacts", "* starred"]);

/** Trims, drops empty and system tags, and removes duplicates (first spelling wins). */
export function normaliseTags(tags: Iterable<string>): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/^\*\s*/, "");
    const key = tag.toLowerCase();
    if (tag === "" || SYSTEM_GROUPS.has(key) || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
