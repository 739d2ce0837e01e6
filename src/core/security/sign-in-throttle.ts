import type { IsoDateTime } from "../dates.ts";

/**
 * Brute-force protection for password sign-in: a few free attempts, then a lock-out that doubles
 * with every further failure, capped so a legitimate user is never locked out for long.
 */
export const FREE_ATTEMPTS = 5;
/** Per network address the allowance is larger (an office shares one address), but still bounded. */
export const FREE_ATTEMPTS_PER_ADDRESS = 50;
export const FIRST_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 3600;

export interface ThrottleState {
  failures: number;
  lockedUntil: IsoDateTime | null;
}

export function lockSecondsAfter(failures: number, freeAttempts = FREE_ATTEMPTS): number {
  if (failures < freeAttempts) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - freeAttempts));
}

export function afterFailure(
  state: ThrottleState,
  now: IsoDateTime,
  freeAttempts = FREE_ATTEMPTS,
): ThrottleState {
  const failures = state.failures + 1;
  const seconds = lockSecondsAfter(failures, freeAttempts);
  return {
    failures,
    lockedUntil: seconds === 0 ? null : new Date(Date.parse(now) + seconds * 1000).toISOString(),
  };
}

/** Seconds until the next attempt is allowed; 0 when it is allowed now. */
export function retryAfterSeconds(state: ThrottleState, now: IsoDateTime): number {
  if (!state.lockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(state.lockedUntil) - Date.parse(now)) / 1000));
}
