import { randomBytes } from "node:crypto";

const POOL_IDS = 512;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * The same UUIDv7 as `newId`, drawing its randomness from a pooled buffer: one `randomBytes` call
 * per 512 ids instead of one per id, which made id generation a tenth of a 100,000-row import.
 */
export function newBulkId(nowMs: number = Date.now()): string {
  if (offset + 16 > pool.length) {
    pool = randomBytes(16 * POOL_IDS);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
