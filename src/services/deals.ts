import { earlyWarning, readinessPlan, type Stakeholder, scoreCoverage } from "../core/coverage/index.ts";
import { dayOf } from "../core/dates.ts";
import { pipelineBoard } from "../core/deals/pipeline.ts";
import { NotFoundError, ValidationError } from "../core/errors.ts";
import type { Actor } from "../core/model/actor.ts";
import type { Deal } from "../core/model/deal.ts";
import { fullName } from "../core/model/person.ts";
import { scoreWarmth } from "../core/relationship/index.ts";
import {
  dealCloseInput,
  dealCreateInput,
  dealListQuery,
  dealUpdateInput,
  stakeholderInput,
  tenderInput,
} from "../core/schemas/deal.ts";
import {
  checkTenderDates,
  contactRules,
  earliestSubmissionDeadline,
  isAboveEuThreshold,
  projectInvolvementWarning,
  tenderPhase,
  thresholdFor,
} from "../core/tender/index.ts";
import { parseInput } from "../core/validation.ts";
import { loadContactSignals } from "../store/contact-signals.ts";
import * as deals from "../store/deals.ts";
import type { Db } from "../store/open-store.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext, todayIso } from "./context.ts";
import { pipelineOf } from "./pipeline-settings.ts";
import { assertReferences } from "./references.ts";

async function assertStage(db: Db, workspaceId: string, stage: string | undefined) {
  if (stage === undefined) return;
  const stages = await pipelineOf(db, workspaceId);
  if (!stages.some((s) => s.key === stage)) {
    throw new ValidationError([
      {
        field: "stage",
        code: "unknown_value",
        message: {
          de: `Unbekannte Stufe; erlaubt: ${stages.map((s) => s.key).join(", ")}.`,
          en: `Unknown stage; allowed: ${stages.map((s) => s.key).join(", ")}.`,
        },
      },
    ]);
  }
}

export async function createDeal(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Deal> {
  requireWrite(actor);
  const data = parseInput(dealCreateInput, input);
  const id = await inTransaction(ctx, async (db) => {
    await assertReferences(db, actor.workspaceId, [
      { field: "companyId", table: "companies", ids: [data.companyId] },
      { field: "ownerId", table: "users", ids: [data.ownerId] },
    ]);
    await assertStage(db, actor.workspaceId, data.stage);
    const stages = await pipelineOf(db, actor.workspaceId);
    const kind = data.tender ? "tender" : data.kind;
    const probability = data.probability ?? stages.find((s) => s.key === data.stage)?.probability ?? 10;
    const id = await deals.insertDeal(
      db,
      actor.workspaceId,
      { ...data, kind, probability, ownerId: data.ownerId ?? actor.userId },
      { now: nowIso(ctx), authorId: actor.userId },
    );
    if (data.tender) await deals.upsertTender(db, actor.workspaceId, id, data.tender);
    return id;
  });
  return getDealRecord(ctx, actor, id);
}

async function getDealRecord(ctx: ServiceContext, actor: Actor, id: string): Promise<Deal> {
  const deal = await deals.findDeal(ctx.store.db, actor.workspaceId, id);
  if (!deal) throw new NotFoundError("deal", id);
  return deal;
}

export async function listDeals(ctx: ServiceContext, actor: Actor, query: unknown) {
  const parsed = parseInput(dealListQuery, query);
  const page = await deals.listDeals(ctx.store.db, actor.workspaceId, parsed);
  return { ...page, limit: parsed.limit, offset: parsed.offset };
}

export async function updateDeal(ctx: ServiceContext, actor: Actor, id: string, input: unknown) {
  requireWrite(actor);
  const patch = parseInput(dealUpdateInput, input);
  await inTransaction(ctx, async (db) => {
    const current = await deals.findDeal(db, actor.workspaceId, id);
    if (!current) throw new NotFoundError("deal", id);
    await assertReferences(db, actor.workspaceId, [
      { field: "companyId", table: "companies", ids: [patch.companyId] },
      { field: "ownerId", table: "users", ids: [patch.ownerId] },
    ]);
    await assertStage(db, actor.workspaceId, patch.stage);
    const { tender, ...row } = patch;
    // Moving a deal on the board takes the new stage's default probability unless one is given.
    if (patch.stage && patch.stage !== current.stage && patch.probability === undefined) {
      const stages = await pipelineOf(db, actor.workspaceId);
      row.probability = stages.find((s) => s.key === patch.stage)?.probability ?? current.probability;
    }
    await deals.updateDealRow(db, actor.workspaceId, id, row, nowIso(ctx));
    if (patch.stage && patch.stage !== current.stage) {
      await deals.recordDealStage(
        db,
        actor.workspaceId,
        id,
        patch.stage,
        current.status,
        nowIso(ctx),
        actor.userId,
      );
    }
    if (tender === null) {
      await deals.updateDealRow(db, actor.workspaceId, id, { kind: "deal" }, nowIso(ctx));
    } else if (tender) {
      const base = current.tender ?? parseInput(tenderInput, { procedure: tender.procedure ?? "open" });
      await deals.upsertTender(db, actor.workspaceId, id, { ...base, ...tender });
      await deals.updateDealRow(db, actor.workspaceId, id, { kind: "tender" }, nowIso(ctx));
    }
  });
  return getDeal(ctx, actor, id);
}

/**
 * Won or lost, with the reason. The stakeholders' warmth of this moment is kept with the deal, so
 * "does friendship sell?" later compares outcomes with the relationships as they were then.
 */
export async function closeDeal(ctx: ServiceContext, actor: Actor, id: string, input: unknown) {
  requireWrite(actor);
  const data = parseInput(dealCloseInput, input);
  const now = nowIso(ctx);
  await inTransaction(ctx, async (db) => {
    const current = await deals.findDeal(db, actor.workspaceId, id);
    if (!current) throw new NotFoundError("deal", id);
    const warmth = await stakeholderWarmth(db, actor, current, now);
    await deals.snapshotStakeholderWarmth(db, id, new Map([...warmth].map(([pid, w]) => [pid, w.score])));
    await deals.updateDealRow(
      db,
      actor.workspaceId,
      id,
      {
        status: data.status,
        outcomeReason: data.reason,
        outcomeNote: data.note,
        closedOn: data.closedOn ?? dayOf(now),
        probability: data.status === "won" ? 100 : 0,
      },
      now,
    );
    await deals.recordDealStage(db, actor.workspaceId, id, current.stage, data.status, now, actor.userId);
  });
  return getDeal(ctx, actor, id);
}

export async function deleteDeal(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  requireWrite(actor);
  if (!(await inTransaction(ctx, (db) => deals.deleteDeal(db, actor.workspaceId, id)))) {
    throw new NotFoundError("deal", id);
  }
}

export async function addStakeholder(ctx: ServiceContext, actor: Actor, dealId: string, input: unknown) {
  requireWrite(actor);
  const data = parseInput(stakeholderInput, input);
  await inTransaction(ctx, async (db) => {
    if (!(await deals.findDeal(db, actor.workspaceId, dealId))) throw new NotFoundError("deal", dealId);
    await assertReferences(db, actor.workspaceId, [
      { field: "personId", table: "people", ids: [data.personId] },
    ]);
    await deals.addStakeholder(db, actor.workspaceId, dealId, data);
  });
  return getDeal(ctx, actor, dealId);
}

export async function removeStakeholder(ctx: ServiceContext, actor: Actor, dealId: string, personId: string) {
  requireWrite(actor);
  if (!(await deals.removeStakeholder(ctx.store.db, actor.workspaceId, dealId, personId))) {
    throw new NotFoundError("stakeholder", personId);
  }
  return getDeal(ctx, actor, dealId);
}

async function stakeholderWarmth(db: Db, actor: Actor, deal: Deal, now: string) {
  const signals = await loadContactSignals(db, {
    workspaceId: actor.workspaceId,
    viewerId: actor.userId,
    scope: { personIds: deal.stakeholders.map((s) => s.personId) },
    now,
  });
  return new Map(
    signals.map((s) => [
      s.personId,
      { score: scoreWarmth(s, now).score, name: fullName(s), last: s.lastInteractionAt },
    ]),
  );
}

/**
 * A deal with everything needed to act on it: stakeholders with their warmth, relationship
 * coverage with its gaps, and for tenders the phase, contact rules, statutory deadlines, date
 * checks, the readiness plan before publication and the early warning.
 */
export async function getDeal(ctx: ServiceContext, actor: Actor, id: string) {
  const deal = await getDealRecord(ctx, actor, id);
  const now = nowIso(ctx);
  const today = todayIso(ctx);
  const warmth = await stakeholderWarmth(ctx.store.db, actor, deal, now);
  const stakeholders: Stakeholder[] = deal.stakeholders.map((s) => ({
    personId: s.personId,
    name: warmth.get(s.personId)?.name ?? "",
    role: s.role,
    influence: s.influence,
    warmth: warmth.get(s.personId)?.score ?? 0,
    lastContactAt: warmth.get(s.personId)?.last ?? null,
  }));
  const coverage = scoreCoverage(stakeholders, now);
  const tender = deal.tender;
  return {
    deal,
    stakeholders,
    coverage,
    history: await deals.listDealStageChanges(ctx.store.db, actor.workspaceId, id),
    tender: tender
      ? {
          phase: tenderPhase(tender, today),
          contactRules: contactRules(tenderPhase(tender, today), tender.procedure),
          dateChecks: checkTenderDates(tender),
          earliestDeadlines: tender.publishedOn
            ? earliestSubmissionDeadline(tender.procedure, tender.publishedOn, {
                electronic: tender.electronic,
                priorInformationNotice: tender.priorInformationNotice,
                urgency: tender.urgency,
                invitationSentOn: tender.invitationSentOn ?? undefined,
              })
            : null,
          euThreshold: {
            thresholdCents: thresholdFor(tender.thresholdKind, tender.expectedPublicationOn ?? today),
            above:
              tender.estimatedValueCents === null
                ? null
                : isAboveEuThreshold(
                    tender.estimatedValueCents,
                    tender.thresholdKind,
                    tender.expectedPublicationOn ?? today,
                  ),
          },
          readinessPlan:
            tender.expectedPublicationOn && !tender.publishedOn
              ? readinessPlan(stakeholders, tender.expectedPublicationOn, today)
              : [],
          earlyWarning:
            tender.expectedPublicationOn && !tender.publishedOn
              ? earlyWarning(tender.expectedPublicationOn, coverage, today)
              : null,
          projectInvolvement: projectInvolvementWarning(tender.helpsWriteSpecification, tender.procedure),
        }
      : null,
  };
}

/** Open deals by stage with sums and the weighted forecast. */
export async function getBoard(ctx: ServiceContext, actor: Actor) {
  const stages = await pipelineOf(ctx.store.db, actor.workspaceId);
  const open = await deals.listDeals(ctx.store.db, actor.workspaceId, {
    status: "open",
    limit: 10_000,
    offset: 0,
  });
  return pipelineBoard(open.items, stages);
}
