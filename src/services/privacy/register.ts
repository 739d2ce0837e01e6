import type { Locale } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from "../../core/privacy/categories.ts";
import { LEGAL_BASES, type LegalBasis } from "../../core/privacy/person-privacy.ts";
import { registerQuery } from "../../core/privacy/privacy-schemas.ts";
import {
  buildProcessingRegister,
  registerHtml,
  registerMarkdown,
} from "../../core/privacy/processing-register.ts";
import { parseInput } from "../../core/validation.ts";
import { FACT_CATEGORIES, type FactCategory } from "../../core/vocabulary.ts";
import { loadRegisterStats } from "../../store/privacy/register-stats.ts";
import type { ServiceContext } from "../context.ts";
import { todayIso } from "../context.ts";
import { privacySettingsIn } from "./privacy-settings.ts";

/** GET /api/privacy/register: the Art. 30 record, generated from settings and live data categories. */
export async function getProcessingRegister(
  ctx: ServiceContext,
  actor: Actor,
  query: unknown,
  locale: Locale,
) {
  const { format } = parseInput(registerQuery, query);
  const db = ctx.store.db;
  const [settings, stats] = await Promise.all([
    privacySettingsIn(db, actor.workspaceId),
    loadRegisterStats(db, actor.workspaceId),
  ]);
  const doc = buildProcessingRegister({
    workspaceName: stats.workspaceName,
    controller: settings,
    hosting: settings.hosting,
    retention: settings,
    counts: {
      contacts: stats.contacts,
      relatives: stats.relatives,
      companies: stats.companies,
      interactions: stats.interactions,
      selfChecks: stats.selfChecks,
      gifts: stats.gifts,
      deals: stats.deals,
      users: stats.users,
      facts: Object.fromEntries(FACT_CATEGORIES.map((c) => [c, stats.facts.get(c) ?? 0])) as Record<
        FactCategory,
        number
      >,
    },
    legalBases: Object.fromEntries(
      [...LEGAL_BASES, "unset"].map((b) => [b, stats.legalBases.get(b) ?? 0]),
    ) as Record<LegalBasis | "unset", number>,
    sensitive: Object.fromEntries(
      SENSITIVE_CATEGORIES.map((c) => [c, stats.sensitive.get(c) ?? 0]),
    ) as Record<SensitiveCategory, number>,
    thirdPartySources: stats.thirdPartySources,
    optedOut: stats.optedOut,
    today: todayIso(ctx),
  });
  return format === "html"
    ? { format, contentType: "text/html; charset=utf-8", body: registerHtml(doc, locale) }
    : { format, contentType: "text/markdown; charset=utf-8", body: registerMarkdown(doc, locale) };
}
