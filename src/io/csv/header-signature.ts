import { createHash } from "node:crypto";
import { isReasonHeader } from "./failed-rows-csv.ts";

/**
 * The fingerprint of a CSV layout: its headers in file order, trimmed. Two exports from the same
 * source with the same columns share it; a column more, fewer or moved makes another layout, whose
 * mapping the user checks afresh. The reason column of a failed-rows file is not part of the
 * layout: the fixed rows are read with the corrections of the file they came from. Hashed because
 * a layout may have hundreds of columns.
 */
export function headerSignature(headers: readonly string[]): string {
  const layout = headers.map((header) => header.trim()).filter((header) => !isReasonHeader(header));
  return createHash("sha256").update(JSON.stringify(layout)).digest("hex");
}
