import { randomBytes } from "node:crypto";

/**
 * A UUIDv7: time-ordered, so new rows append to the end of primary-key indexes instead of
 * scattering writes (measurably faster inserts at a million interactions), and unique across
 * machines without coordination (merging workspaces, restoring backups).
 */
export function newId(nowMs: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
