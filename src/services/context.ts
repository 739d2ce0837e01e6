import { ForbiddenError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { UserRole } from "../core/vocabulary.ts";
import type { Db, Store } from "../store/open-store.ts";

/** What every use case receives: the store and the clock (injected so tests control time). */
export interface ServiceContext {
  store: Store;
  clock: () => Date;
}

export function nowIso(ctx: ServiceContext): string {
  return ctx.clock().toISOString();
}

export function todayIso(ctx: ServiceContext): string {
  return nowIso(ctx).slice(0, 10);
}

/** Runs `work` in one transaction: it commits whole or not at all. */
export function inTransaction<T>(ctx: ServiceContext, work: (db: Db) => Promise<T>): Promise<T> {
  return ctx.store.db.transaction().execute(work);
}

export function requireWrite(actor: Actor): void {
  if (!actor.canWrite || actor.role === "read_only") {
    throw new ForbiddenError({
      de: "Dieser Zugang darf nur lesen.",
      en: "This access is read-only.",
    });
  }
}

/** Owners and admins manage the team; everyone else gets a clear refusal. */
export function requireRole(actor: Actor, roles: readonly UserRole[]): void {
  if (!roles.includes(actor.role)) {
    throw new ForbiddenError({
      de: "Dafür braucht es die Rolle Inhaber oder Admin.",
      en: "This needs the owner or admin role.",
    });
  }
}
