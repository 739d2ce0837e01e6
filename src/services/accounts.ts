import {
  AuthenticationError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  ValidationError,
} from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import {
  acceptInvitationInput,
  invitationInput,
  passwordChangeInput,
  passwordSignInInput,
  userUpdateInput,
} from "../core/schemas/account.ts";
import {
  afterFailure,
  FREE_ATTEMPTS,
  FREE_ATTEMPTS_PER_ADDRESS,
  retryAfterSeconds,
} from "../core/security/sign-in-throttle.ts";
import { parseInput } from "../core/validation.ts";
import { insertCredential } from "../store/credentials.ts";
import {
  findInvitationByHash,
  insertInvitation,
  listInvitations,
  markInvitationAccepted,
} from "../store/invitations.ts";
import { clearRateLimit, readRateLimit, writeRateLimit } from "../store/rate-limits.ts";
import {
  countOwners,
  findUserByEmail,
  listUsers,
  readPasswordHash,
  revokeSessions,
  setPasswordHash,
  setUserDisabled,
  setUserRole,
} from "../store/users.ts";
import { findUser, insertUser } from "../store/workspaces.ts";
import { auditAs, recordAudit } from "./audit.ts";
import { inTransaction, nowIso, requireRole, requireWrite, type ServiceContext } from "./context.ts";
import { createSignInLink, SESSION_LIFETIME_MS } from "./credentials.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import { hashSecret, newSecret } from "./secrets.ts";

const INVITATION_LIFETIME_MS = 7 * 24 * 3_600_000;
const WRONG = { de: "E-Mail oder Passwort ist falsch.", en: "Email or password is wrong." };

async function newSession(ctx: ServiceContext, user: { workspaceId: string; userId: string }) {
  const secret = newSecret("kfs");
  const now = ctx.clock();
  await insertCredential(ctx.store.db, {
    workspaceId: user.workspaceId,
    userId: user.userId,
    kind: "session",
    name: "browser session",
    scope: "write",
    tokenHash: hashSecret(secret),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString(),
  });
  return secret;
}

/**
 * Password sign-in, throttled per email and per address: after a few failures each further one
 * doubles the lock-out. Wrong email and wrong password look the same from outside.
 */
export async function signInWithPassword(ctx: ServiceContext, input: unknown, ip: string | null) {
  const { email, password } = parseInput(passwordSignInInput, input);
  const now = nowIso(ctx);
  const keys = [`signin:email:${email.toLowerCase()}`, ...(ip ? [`signin:ip:${ip}`] : [])];
  const allowance = [FREE_ATTEMPTS, FREE_ATTEMPTS_PER_ADDRESS];
  const states = await Promise.all(keys.map((key) => readRateLimit(ctx.store.db, key)));
  const user = await findUserByEmail(ctx.store.db, email);
  const wait = Math.max(...states.map((state) => retryAfterSeconds(state, now)));
  if (wait > 0) {
    if (user) {
      await recordAudit(ctx, {
        workspaceId: user.workspace_id,
        actorId: user.id,
        action: "sign_in_throttled",
        ip,
        detail: { retryAfterSeconds: wait },
      });
    }
    throw new TooManyRequestsError(wait, {
      de: `Zu viele Versuche. Bitte in ${wait} Sekunden erneut versuchen.`,
      en: `Too many attempts. Please try again in ${wait} seconds.`,
    });
  }
  const valid = (await verifyPassword(password, user?.password_hash ?? null)) && user && !user.disabled_at;
  if (!valid || !user) {
    for (const [index, key] of keys.entries()) {
      await writeRateLimit(
        ctx.store.db,
        key,
        afterFailure(states[index] ?? { failures: 0, lockedUntil: null }, now, allowance[index]),
        now,
      );
    }
    if (user)
      await recordAudit(ctx, {
        workspaceId: user.workspace_id,
        actorId: user.id,
        action: "sign_in_failed",
        ip,
      });
    throw new AuthenticationError(WRONG);
  }
  for (const key of keys) await clearRateLimit(ctx.store.db, key);
  await recordAudit(ctx, {
    workspaceId: user.workspace_id,
    actorId: user.id,
    action: "sign_in",
    ip,
    detail: { method: "password" },
  });
  return { secret: await newSession(ctx, { workspaceId: user.workspace_id, userId: user.id }) };
}

export async function changeOwnPassword(ctx: ServiceContext, actor: Actor, input: unknown): Promise<void> {
  requireWrite(actor);
  const data = parseInput(passwordChangeInput, input);
  const current = await readPasswordHash(ctx.store.db, actor.userId);
  if (current && !(await verifyPassword(data.currentPassword ?? "", current))) {
    throw new ValidationError([
      {
        field: "currentPassword",
        code: "invalid",
        message: { de: "Das bisherige Passwort stimmt nicht.", en: "The current password is wrong." },
      },
    ]);
  }
  await setPasswordHash(ctx.store.db, actor.userId, await hashPassword(data.newPassword));
  await auditAs(ctx, actor, "password_changed", { target: { type: "user", id: actor.userId } });
}

export async function inviteUser(ctx: ServiceContext, actor: Actor, input: unknown) {
  requireWrite(actor);
  requireRole(actor, ["owner", "admin"]);
  const data = parseInput(invitationInput, input);
  if (data.role === "owner" && actor.role !== "owner") {
    throw new ForbiddenError({ de: "Nur Inhaber laden Inhaber ein.", en: "Only owners invite owners." });
  }
  const secret = newSecret("kfi");
  const now = ctx.clock();
  const id = await insertInvitation(ctx.store.db, {
    workspaceId: actor.workspaceId,
    tokenHash: hashSecret(secret),
    email: data.email,
    role: data.role,
    invitedBy: actor.userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString(),
  });
  await auditAs(ctx, actor, "user_invited", {
    target: { type: "invitation", id },
    detail: { email: data.email, role: data.role },
  });
  return { id, secret, email: data.email, role: data.role };
}

export async function acceptInvitation(ctx: ServiceContext, input: unknown, ip: string | null) {
  const data = parseInput(acceptInvitationInput, input);
  const invitation = await findInvitationByHash(ctx.store.db, hashSecret(data.token));
  const now = nowIso(ctx);
  if (!invitation || invitation.accepted_at || invitation.revoked_at || invitation.expires_at <= now) {
    throw new AuthenticationError({
      de: "Diese Einladung ist ungültig oder abgelaufen. Bitten Sie um eine neue.",
      en: "This invitation is invalid or has expired. Please ask for a new one.",
    });
  }
  const passwordHash = await hashPassword(data.password);
  const user = await inTransaction(ctx, async (db) => {
    if (!(await markInvitationAccepted(db, invitation.id, now))) {
      throw new ConflictError({
        de: "Die Einladung wurde schon angenommen.",
        en: "The invitation was already accepted.",
      });
    }
    if (await findUserByEmail(db, invitation.email)) {
      throw new ConflictError({
        de: "Diese E-Mail hat schon ein Konto.",
        en: "This email already has an account.",
      });
    }
    const created = await insertUser(
      db,
      {
        workspaceId: invitation.workspace_id,
        displayName: data.displayName,
        email: invitation.email,
        role: invitation.role as Actor["role"],
        locale: "de",
      },
      now,
    );
    await setPasswordHash(db, created.id, passwordHash);
    await recordAudit(
      ctx,
      {
        workspaceId: invitation.workspace_id,
        actorId: created.id,
        action: "invitation_accepted",
        target: { type: "invitation", id: invitation.id },
        ip,
      },
      db,
    );
    return created;
  });
  return { secret: await newSession(ctx, { workspaceId: user.workspaceId, userId: user.id }), user };
}

export async function listTeam(ctx: ServiceContext, actor: Actor) {
  const users = await listUsers(ctx.store.db, actor.workspaceId);
  const canManage = actor.role === "owner" || actor.role === "admin";
  return {
    users: users.map((u) => (canManage ? u : { ...u, email: null })),
    invitations: canManage ? await listInvitations(ctx.store.db, actor.workspaceId) : [],
  };
}

/** Role changes and disabling end the user's sessions, so the new rights apply at once. */
export async function updateUser(ctx: ServiceContext, actor: Actor, userId: string, input: unknown) {
  requireWrite(actor);
  requireRole(actor, ["owner", "admin"]);
  const patch = parseInput(userUpdateInput, input);
  const target = await findUser(ctx.store.db, userId);
  if (!target || target.workspaceId !== actor.workspaceId) throw new NotFoundError("user", userId);
  if (actor.role !== "owner" && (target.role === "owner" || patch.role === "owner")) {
    throw new ForbiddenError({ de: "Nur Inhaber ändern Inhaber.", en: "Only owners change owners." });
  }
  const now = nowIso(ctx);
  await inTransaction(ctx, async (db) => {
    const demotesOwner =
      target.role === "owner" && ((patch.role && patch.role !== "owner") || patch.disabled === true);
    if (demotesOwner && (await countOwners(db, actor.workspaceId)) <= 1) {
      throw new ConflictError({
        de: "Der letzte Inhaber kann nicht entfernt werden.",
        en: "The last owner cannot be removed.",
      });
    }
    if (patch.role && patch.role !== target.role) {
      await setUserRole(db, actor.workspaceId, userId, patch.role);
      await auditAs(
        ctx,
        actor,
        "role_changed",
        { target: { type: "user", id: userId }, detail: { from: target.role, to: patch.role } },
        db,
      );
    }
    if (patch.disabled !== undefined) {
      await setUserDisabled(db, actor.workspaceId, userId, patch.disabled ? now : null);
      if (patch.disabled)
        await auditAs(ctx, actor, "user_disabled", { target: { type: "user", id: userId } }, db);
    }
    await revokeSessions(db, userId, now);
  });
  return (await listUsers(ctx.store.db, actor.workspaceId)).find((u) => u.id === userId);
}

export async function signOutEverywhere(ctx: ServiceContext, actor: Actor): Promise<number> {
  const ended = await revokeSessions(ctx.store.db, actor.userId, nowIso(ctx));
  await auditAs(ctx, actor, "sign_out_everywhere", { detail: { sessions: ended } });
  return ended;
}

/**
 * An admin resets a password: the old one stops working, every session ends, and the user gets a
 * one-time sign-in link to set a new one.
 */
export async function resetPassword(ctx: ServiceContext, actor: Actor, userId: string) {
  requireWrite(actor);
  requireRole(actor, ["owner", "admin"]);
  const target = await findUser(ctx.store.db, userId);
  if (!target || target.workspaceId !== actor.workspaceId) throw new NotFoundError("user", userId);
  if (target.role === "owner" && actor.role !== "owner") {
    throw new ForbiddenError({ de: "Nur Inhaber ändern Inhaber.", en: "Only owners change owners." });
  }
  await setPasswordHash(ctx.store.db, userId, null);
  await revokeSessions(ctx.store.db, userId, nowIso(ctx));
  const { secret } = await createSignInLink(ctx, { workspaceId: target.workspaceId, userId });
  await auditAs(ctx, actor, "password_reset", { target: { type: "user", id: userId } });
  return { secret };
}
