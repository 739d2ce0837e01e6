import { TooManyRequestsError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import {
  type Credential,
  type CredentialKind,
  type CredentialScope,
  findCredentialByHash,
  insertCredential,
  listCredentials,
  revokeCredential,
  spendCredential,
  touchCredential,
} from "../store/credentials.ts";
import { countCredentialsCreatedSince, isUserDisabled } from "../store/users.ts";
import { findUser } from "../store/workspaces.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { hashSecret, newSecret } from "./secrets.ts";

const HOUR_MS = 3_600_000;
export const SIGN_IN_LINK_LIFETIME_MS = 12 * HOUR_MS;
export const SESSION_LIFETIME_MS = 30 * 24 * HOUR_MS;
/** last_used_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

const PREFIX: Record<CredentialKind, string> = {
  sign_in_link: "kfl",
  session: "kfs",
  api_token: "kf",
  calendar_feed: "kfc",
};

async function issue(
  ctx: ServiceContext,
  user: { workspaceId: string; userId: string },
  kind: CredentialKind,
  options: { name: string; scope: CredentialScope; lifetimeMs: number | null },
) {
  const secret = newSecret(PREFIX[kind]);
  const now = ctx.clock();
  const credential = await insertCredential(ctx.store.db, {
    workspaceId: user.workspaceId,
    userId: user.userId,
    kind,
    name: options.name,
    scope: options.scope,
    tokenHash: hashSecret(secret),
    createdAt: now.toISOString(),
    expiresAt:
      options.lifetimeMs === null ? null : new Date(now.getTime() + options.lifetimeMs).toISOString(),
  });
  return { secret, credential };
}

export function createSignInLink(ctx: ServiceContext, user: { workspaceId: string; userId: string }) {
  return issue(ctx, user, "sign_in_link", {
    name: "sign-in link",
    scope: "write",
    lifetimeMs: SIGN_IN_LINK_LIFETIME_MS,
  });
}

/** Trades a one-time sign-in link for a browser session; the link is spent either way. */
export async function exchangeSignInLink(ctx: ServiceContext, secret: string) {
  const link = await findCredentialByHash(ctx.store.db, hashSecret(secret));
  if (link?.kind !== "sign_in_link" || !isLive(link, ctx.clock())) return null;
  if (!(await spendCredential(ctx.store.db, link.id, nowIso(ctx)))) return null;
  return issue(ctx, link, "session", {
    name: "browser session",
    scope: "write",
    lifetimeMs: SESSION_LIFETIME_MS,
  });
}

/** At most this many API tokens per user and hour: a stolen session cannot mint tokens in bulk. */
export const TOKENS_PER_HOUR = 20;

export async function createApiToken(
  ctx: ServiceContext,
  user: { workspaceId: string; userId: string },
  options: { name: string; scope: CredentialScope; expiresInDays: number | null },
) {
  const hourAgo = new Date(ctx.clock().getTime() - HOUR_MS).toISOString();
  if (
    (await countCredentialsCreatedSince(ctx.store.db, user.userId, "api_token", hourAgo)) >= TOKENS_PER_HOUR
  ) {
    throw new TooManyRequestsError(3600, {
      de: `Höchstens ${TOKENS_PER_HOUR} neue Tokens pro Stunde.`,
      en: `At most ${TOKENS_PER_HOUR} new tokens per hour.`,
    });
  }
  return issue(ctx, user, "api_token", {
    name: options.name,
    scope: options.scope,
    lifetimeMs: options.expiresInDays === null ? null : options.expiresInDays * 24 * HOUR_MS,
  });
}

export function listApiTokens(ctx: ServiceContext, actor: Actor) {
  return listCredentials(ctx.store.db, actor.workspaceId, actor.userId, "api_token");
}

export function revokeApiToken(ctx: ServiceContext, actor: Actor, id: string) {
  return revokeCredential(ctx.store.db, actor.workspaceId, id, nowIso(ctx));
}

export type AuthenticationResult =
  | { ok: true; actor: Actor; kind: CredentialKind; touched: boolean }
  | {
      ok: false;
      reason: "unknown" | "wrong_kind" | "expired" | "revoked" | "no_user";
      credential?: Credential;
    };

/**
 * Resolves a session or API token to the acting user. A refusal says why, so the caller can record
 * refused uses of real (expired, revoked) credentials in the audit log.
 */
export async function authenticate(
  ctx: ServiceContext,
  secret: string,
  accept: CredentialKind[],
): Promise<AuthenticationResult> {
  const credential = await findCredentialByHash(ctx.store.db, hashSecret(secret));
  const now = ctx.clock();
  if (!credential) return { ok: false, reason: "unknown" };
  if (!accept.includes(credential.kind)) return { ok: false, reason: "wrong_kind", credential };
  if (credential.revokedAt) return { ok: false, reason: "revoked", credential };
  if (credential.expiresAt !== null && Date.parse(credential.expiresAt) <= now.getTime()) {
    return { ok: false, reason: "expired", credential };
  }
  const user = await findUser(ctx.store.db, credential.userId);
  if (!user || (await isDisabled(ctx, user.id))) return { ok: false, reason: "no_user", credential };
  const lastUsed = credential.lastUsedAt ? Date.parse(credential.lastUsedAt) : 0;
  const touched = now.getTime() - lastUsed > TOUCH_INTERVAL_MS;
  if (touched) await touchCredential(ctx.store.db, credential.id, now.toISOString());
  return {
    ok: true,
    kind: credential.kind,
    touched,
    actor: {
      workspaceId: user.workspaceId,
      userId: user.id,
      role: user.role,
      canWrite: credential.scope === "write" && user.role !== "read_only",
      credentialId: credential.id,
    },
  };
}

async function isDisabled(ctx: ServiceContext, userId: string): Promise<boolean> {
  return isUserDisabled(ctx.store.db, userId);
}

function isLive(credential: { revokedAt: string | null; expiresAt: string | null }, now: Date): boolean {
  if (credential.revokedAt) return false;
  return credential.expiresAt === null || Date.parse(credential.expiresAt) > now.getTime();
}
