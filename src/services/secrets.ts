import { createHash, randomBytes } from "node:crypto";

/** A new secret with a recognisable prefix (so leaked tokens are easy to spot and scan for). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/**
 * Secrets are high-entropy random values, so a fast unsalted hash is enough to make a stolen
 * database useless; passwords (low entropy) use scrypt instead.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
