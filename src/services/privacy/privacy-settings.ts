import type { Actor } from "../../core/model/actor.ts";
import type { ControllerDetails } from "../../core/privacy/information-letter.ts";
import { privacySettingsInput } from "../../core/privacy/privacy-schemas.ts";
import { HOSTINGS, type Hosting } from "../../core/privacy/processing-register.ts";
import { DEFAULT_RETENTION_RULES, type RetentionRules } from "../../core/privacy/retention.ts";
import { parseInput } from "../../core/validation.ts";
import type { Db } from "../../store/open-store.ts";
import { readWorkspaceSettings, writeWorkspaceSettings } from "../../store/workspaces.ts";
import { inTransaction, requireRole, requireWrite, type ServiceContext } from "../context.ts";
import { auditPrivacy } from "./privacy-audit.ts";

/** Who the controller is, where data lives and the retention rules: one document per workspace. */
export interface PrivacySettings extends ControllerDetails, RetentionRules {
  hosting: Hosting;
}

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = {
  controllerName: null,
  controllerAddress: null,
  controllerContact: null,
  dpoContact: null,
  hosting: "self_hosted",
  ...DEFAULT_RETENTION_RULES,
};

const KEY = "privacy";

/** Reads through `db`, so it also works inside a transaction. Unknown or broken values fall back. */
export async function privacySettingsIn(db: Db, workspaceId: string): Promise<PrivacySettings> {
  const stored = (await readWorkspaceSettings(db, workspaceId))[KEY];
  const raw = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  const text = (key: keyof ControllerDetails) => (typeof raw[key] === "string" ? (raw[key] as string) : null);
  const months = raw.factReviewMonths;
  return {
    controllerName: text("controllerName"),
    controllerAddress: text("controllerAddress"),
    controllerContact: text("controllerContact"),
    dpoContact: text("dpoContact"),
    hosting: HOSTINGS.includes(raw.hosting as Hosting) ? (raw.hosting as Hosting) : "self_hosted",
    factReviewMonths:
      typeof months === "number" && Number.isInteger(months) && months > 0
        ? months
        : DEFAULT_RETENTION_RULES.factReviewMonths,
    reviewOnLeavingCompany:
      typeof raw.reviewOnLeavingCompany === "boolean"
        ? raw.reviewOnLeavingCompany
        : DEFAULT_RETENTION_RULES.reviewOnLeavingCompany,
  };
}

export function getPrivacySettings(ctx: ServiceContext, actor: Actor): Promise<PrivacySettings> {
  return privacySettingsIn(ctx.store.db, actor.workspaceId);
}

/** Owners and admins set them; the change is audited (the values are not personal data). */
export async function updatePrivacySettings(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<PrivacySettings> {
  requireWrite(actor);
  const patch = parseInput(privacySettingsInput, input);
  requireRole(actor, ["owner", "admin"]);
  await inTransaction(ctx, async (db) => {
    // Locked: the settings are one document that workspace settings write too; without the lock a
    // change made there meanwhile would be overwritten with what this transaction read before it.
    const stored = await readWorkspaceSettings(db, actor.workspaceId, "update");
    const current = await privacySettingsIn(db, actor.workspaceId);
    await writeWorkspaceSettings(db, actor.workspaceId, { ...stored, [KEY]: { ...current, ...patch } });
    await auditPrivacy(
      ctx,
      actor,
      "privacy_changed",
      { target: { type: "workspace", id: actor.workspaceId }, detail: { fields: Object.keys(patch) } },
      db,
    );
  });
  return getPrivacySettings(ctx, actor);
}
