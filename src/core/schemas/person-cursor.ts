// The people list's keyset cursor: where the last row of a page stood in its sort order. Opaque to
// clients (base64url of a small JSON array), so its layout can change without an API change.

/** The sort order a cursor was made for, the row's sort value and its id (the tie-breaker). */
export interface PersonCursor {
  sort: string;
  key: string;
  id: string;
}

const MAX_PART_LENGTH = 200;

export function encodePersonCursor(cursor: PersonCursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify([cursor.sort, cursor.key, cursor.id]));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The cursor, or null when the text is not one this code made (damaged, truncated, foreign). */
export function decodePersonCursor(text: string): PersonCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    const parts: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    if (!Array.isArray(parts) || parts.length !== 3) return null;
    if (!parts.every((p) => typeof p === "string" && p.length <= MAX_PART_LENGTH)) return null;
    const [sort, key, id] = parts as [string, string, string];
    return { sort, key, id };
  } catch {
    return null;
  }
}
