import { createHash } from "node:crypto";

/**
 * The fingerprint of a CSV layout: its headers in file order, trimmed. Two exports from the same
 * source with the same columns share it; a column more, fewer or moved makes another layout, whose
 * mapping the user checks afresh. Hashed because a layout may have hundreds of columns.
 */
export function headerSignature(headers: readonly string[]): string {
  return createHash("sha256")
    .update(JSON.stringify(headers.map((header) => header.trim())))
    .digest("hex");
}
