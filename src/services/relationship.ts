import { z } from "zod";
import { dayOf } from "../core/dates.ts";
import { NotFoundError, ValidationError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import { withoutOptedOutGreetings } from "../core/privacy/greetings.ts";
import {
  type AgendaItem,
  changeAddressForm,
  dueState,
  planAgenda,
  scoreWarmth,
  suggestStage,
} from "../core/relationship/index.ts";
import { isoDate, longText } from "../core/schemas/common.ts";
import { parseInput } from "../core/validation.ts";
import { ADDRESS_FORMS, PARTIES, STAGES } from "../core/vocabulary.ts";
import { loadAgendaRows } from "../store/agenda-inputs.ts";
import { loadContactSignals } from "../store/contact-signals.ts";
import { listAddressFormChanges } from "../store/histories.ts";
import { newId } from "../store/ids.ts";
import * as people from "../store/people.ts";
import { listGreetingOptOuts } from "../store/privacy/person-privacy.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext } from "./context.ts";
import { getPerson } from "./people.ts";
import { tenderAgenda } from "./tender-agenda.ts";
import { contactRestrictions } from "./tender-status.ts";

/**
 * Keep-in-touch and open-loop lines Heute shows unless asked for more: a morning's worth, the
 * best-ranked (the longest overdue loops first); the rest are counted.
 */
export const DEFAULT_AGENDA_LINES = 30;
export const MAX_AGENDA_LINES = 10_000;

/**
 * The Heute agenda of the acting user: their own contacts, ranked, with reasons in both languages.
 * Every birthday and date is listed; keep-in-touch shows the `keepInTouch` best-ranked contacts
 * and open loops the `openLoops` longest overdue, and both count the rest.
 */
export async function getToday(
  ctx: ServiceContext,
  actor: Actor,
  options: { today?: string; keepInTouch?: number; openLoops?: number } = {},
) {
  const now = nowIso(ctx);
  const today = options.today ? parseInput(isoDate, options.today) : dayOf(now);
  const rows = await loadAgendaRows(ctx.store.db, {
    workspaceId: actor.workspaceId,
    viewerId: actor.userId,
    scope: { ownerId: actor.userId },
    now,
    // Heute lists loops due by today (the agenda's default open-loop horizon); later ones wait.
    loopsDueBy: today,
  });
  const restrictions = await contactRestrictions(ctx.store.db, actor.workspaceId, "all", today);
  const optedOut = await listGreetingOptOuts(ctx.store.db, actor.workspaceId);
  // While a procedure runs, no personal nudge for the buyer's people; business follow-ups stay.
  // Nobody who opted out of greetings (or objected to marketing) gets one (Art. 21 GDPR).
  const plan = planAgenda(rows, now, {
    today,
    keepInTouchLimit: options.keepInTouch ?? DEFAULT_AGENDA_LINES,
    openLoopLimit: options.openLoops ?? DEFAULT_AGENDA_LINES,
    withheldPersonalNudges: new Set(restrictions.keys()),
  });
  const items: AgendaItem[] = withoutOptedOutGreetings(plan.items, optedOut);
  const names = new Map<string, string>();
  for (const p of rows.contacts) names.set(p.personId, `${p.firstName} ${p.lastName}`.trim());
  for (const p of rows.relatives) names.set(p.personId, `${p.firstName} ${p.lastName}`.trim());
  return {
    today,
    items: items.map((item, index) => ({
      ...item,
      rank: index + 1,
      personName: names.get(item.personId) ?? "",
      restriction: restrictions.get(item.personId)?.[0]?.warning ?? null,
    })),
    keepInTouchDue: plan.keepInTouchDue,
    openLoopsDue: plan.openLoopsDue,
    tenders: await tenderAgenda(ctx, actor, now, today),
  };
}

/** Warmth, cadence and the suggested stage of one person, each with its reasons. */
export async function getRelationship(ctx: ServiceContext, actor: Actor, personId: string) {
  const now = nowIso(ctx);
  const [signals] = await loadContactSignals(ctx.store.db, {
    workspaceId: actor.workspaceId,
    viewerId: actor.userId,
    scope: { personIds: [personId] },
    now,
  });
  if (!signals) throw new NotFoundError("person", personId);
  const restrictions = await contactRestrictions(ctx.store.db, actor.workspaceId, [personId], dayOf(now));
  return {
    personId,
    restrictions: (restrictions.get(personId) ?? []).map((r) => ({
      dealId: r.dealId,
      title: r.title,
      phase: r.phase,
      warning: r.warning,
    })),
    stage: signals.stage,
    stance: signals.stance,
    warmth: scoreWarmth(signals, now),
    cadence: dueState(signals, now),
    stageSuggestion: suggestStage(signals, now),
    interactionCount: signals.interactionCount,
    lastInteractionAt: signals.lastInteractionAt,
  };
}

const stageChangeInput = z.strictObject({
  stage: z.enum(STAGES),
  note: longText().nullable().default(null),
});

/** The user confirms a suggested stage or sets one by hand; the history keeps both. */
export async function setStage(ctx: ServiceContext, actor: Actor, personId: string, input: unknown) {
  requireWrite(actor);
  const data = parseInput(stageChangeInput, input);
  await inTransaction(ctx, async (db) => {
    const current = await people.findPerson(db, actor.workspaceId, personId, actor.userId);
    if (!current) throw new NotFoundError("person", personId);
    await people.updatePerson(
      db,
      current,
      { stage: data.stage },
      { now: nowIso(ctx), authorId: actor.userId },
    );
    if (data.note) await people.annotateLatestStageChange(db, actor.workspaceId, personId, data.note);
  });
  return getPerson(ctx, actor, personId);
}

const addressFormInput = z.strictObject({
  form: z.enum(ADDRESS_FORMS),
  changedOn: isoDate.optional(),
  offeredBy: z.enum(PARTIES).nullable().default(null),
});

/**
 * Records a switch of address form as a milestone. The rule (core) decides what is allowed and
 * what to warn about — e.g. when the salesperson offered the Du first.
 */
export async function changeAddressFormOf(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
  input: unknown,
) {
  requireWrite(actor);
  const data = parseInput(addressFormInput, input);
  const now = nowIso(ctx);
  const result = await inTransaction(ctx, async (db) => {
    const person = await people.findPerson(db, actor.workspaceId, personId, actor.userId);
    if (!person) throw new NotFoundError("person", personId);
    const history = await listAddressFormChanges(db, actor.workspaceId, personId);
    const outcome = changeAddressForm(
      {
        addressForm: person.addressForm,
        addressFormSince: person.addressFormSince,
        addressFormOfferedBy: person.addressFormOfferedBy,
        history,
      },
      {
        id: newId(),
        personId,
        form: data.form,
        changedOn: data.changedOn ?? dayOf(now),
        offeredBy: data.offeredBy,
        recordedAt: now,
      },
      `${person.firstName} ${person.lastName}`.trim(),
      dayOf(now),
    );
    if (!outcome.ok)
      throw new ValidationError([{ field: outcome.field, code: "invalid", message: outcome.error }]);
    await people.updatePerson(
      db,
      person,
      {
        addressForm: outcome.state.addressForm,
        addressFormSince: outcome.state.addressFormSince,
        addressFormOfferedBy: outcome.state.addressFormOfferedBy,
      },
      { now, authorId: actor.userId },
    );
    return outcome;
  });
  return {
    person: await getPerson(ctx, actor, personId),
    milestone: result.milestone,
    warnings: result.warnings,
  };
}

export { addressFormInput, stageChangeInput };
