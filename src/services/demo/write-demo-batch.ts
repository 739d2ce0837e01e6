import type { IsoDate } from "../../core/dates.ts";
import { DEFAULT_PIPELINE } from "../../core/deals/pipeline.ts";
import { earlierDay, laterDay } from "../../core/demo/day-order.ts";
import { replayJourney } from "../../core/demo/journey.ts";
import type { DemoBatch, DemoDeal, DemoPerson } from "../../core/demo/plan.ts";
import { closingTime } from "../../core/demo/warmth-on.ts";
import type { PhoneCountry } from "../../core/duplicates/phone-country.ts";
import type { Actor } from "../../core/model/actor.ts";
import type { Person } from "../../core/model/person.ts";
import type { PersonCreateInput } from "../../core/schemas/person.ts";
import { insertCompany } from "../../store/companies.ts";
import {
  addStakeholder,
  insertDeal,
  recordDealStage,
  snapshotStakeholderWarmth,
  updateDealRow,
  upsertTender,
} from "../../store/deals.ts";
import { insertFact } from "../../store/facts.ts";
import { insertInteraction } from "../../store/interactions.ts";
import { insertOpenLoop } from "../../store/open-loops.ts";
import type { Db } from "../../store/open-store.ts";
import { insertPerson, updatePerson } from "../../store/people.ts";
import { insertRelation } from "../../store/relations.ts";

export interface DemoCounts {
  companies: number;
  /** Everyone written, family members included. */
  people: number;
  contacts: number;
  relations: number;
  interactions: number;
  facts: number;
  openLoops: number;
  /** Every deal, tenders included. */
  deals: number;
  tenders: number;
}

export function emptyCounts(): DemoCounts {
  return {
    companies: 0,
    people: 0,
    contacts: 0,
    relations: 0,
    interactions: 0,
    facts: 0,
    openLoops: 0,
    deals: 0,
    tenders: 0,
  };
}

/**
 * Writes demo batches through the store, turning plan keys into ids. Only people's ids are kept
 * across batches (relations may point at an earlier account); everything else is per batch.
 * Rows are stamped with the day they would have been recorded, so histories read like a real year.
 */
export class DemoWriter {
  readonly counts = emptyCounts();
  private readonly personIds = new Map<string, string>();
  private readonly personSince = new Map<string, IsoDate>();

  constructor(
    private readonly db: Db,
    private readonly actor: Actor,
    private readonly today: IsoDate,
    /** The workspace's country for phone numbers, to key the demo people's numbers. */
    private readonly phoneCountry: PhoneCountry,
  ) {}

  async write(batch: DemoBatch): Promise<void> {
    const { db, actor } = this;
    const workspaceId = actor.workspaceId;
    const companyIds = new Map<string, string>();
    for (const { key, ...company } of batch.companies) {
      const since = batch.people
        .filter((p) => p.companyKey === key)
        .reduce((first, p) => earlierDay(first, replayJourney(p).createdOn), this.today);
      companyIds.set(key, await insertCompany(db, workspaceId, company, { now: atMorning(since) }));
      this.counts.companies += 1;
    }
    for (const person of batch.people) {
      const companyId = person.companyKey ? (companyIds.get(person.companyKey) ?? null) : null;
      this.personIds.set(person.key, await this.writePerson(person, companyId));
      this.counts.people += 1;
      if (person.isContact) this.counts.contacts += 1;
    }
    for (const { personKey, relatedPersonKey, kind } of batch.relations) {
      const input = {
        personId: this.personId(personKey),
        relatedPersonId: this.personId(relatedPersonKey),
        kind,
      };
      const since = laterDay(this.since(personKey), this.since(relatedPersonKey));
      await insertRelation(db, workspaceId, input, { now: atMorning(since) });
      this.counts.relations += 1;
    }
    const interactions = new Map<string, { id: string; occurredAt: string }>();
    for (const { key, participantKeys, ...interaction } of batch.interactions) {
      const input = { ...interaction, participantIds: participantKeys.map((k) => this.personId(k)) };
      const id = await insertInteraction(db, workspaceId, input, {
        now: interaction.occurredAt,
        authorId: actor.userId,
      });
      interactions.set(key, { id, occurredAt: interaction.occurredAt });
      this.counts.interactions += 1;
    }
    const interactionOf = (key: string | null) => (key ? (interactions.get(key) ?? null) : null);
    for (const { key: _key, personKey, interactionKey, ...fact } of batch.facts) {
      const input = {
        ...fact,
        personId: this.personId(personKey),
        interactionId: interactionOf(interactionKey)?.id ?? null,
      };
      await insertFact(db, workspaceId, input, { now: atEvening(fact.learnedOn), authorId: actor.userId });
      this.counts.facts += 1;
    }
    for (const { key: _key, personKey, interactionKey, ...loop } of batch.openLoops) {
      const source = interactionOf(interactionKey);
      const input = { ...loop, personId: this.personId(personKey), interactionId: source?.id ?? null };
      const now = source?.occurredAt ?? atMorning(earlierDay(loop.closedOn ?? this.today, this.today));
      await insertOpenLoop(db, workspaceId, input, { now, authorId: actor.userId });
      this.counts.openLoops += 1;
    }
    for (const deal of batch.deals) {
      await this.writeDeal(deal, companyIds.get(deal.companyKey) ?? null);
      this.counts.deals += 1;
      if (deal.tender) this.counts.tenders += 1;
    }
  }

  /**
   * Created in its first stage on its first day, moved through the pipeline on the days it did, and
   * closed the way closeDeal closes: warmth snapshot, outcome, the closing entry in the history.
   */
  private async writeDeal(deal: DemoDeal, companyId: string | null): Promise<void> {
    const { db, actor } = this;
    const workspaceId = actor.workspaceId;
    const [first, ...later] = deal.stageHistory;
    if (!first) throw new Error(`deal ${deal.key} has no stage history`);
    const id = await insertDeal(
      db,
      workspaceId,
      {
        kind: deal.kind,
        companyId,
        title: deal.title,
        valueCents: deal.valueCents,
        probability: probabilityOf(first.stage),
        stage: first.stage,
        expectedCloseOn: deal.expectedCloseOn,
        ownerId: actor.userId,
      },
      { now: atMorning(first.on), authorId: actor.userId },
    );
    if (deal.tender) await upsertTender(db, workspaceId, id, deal.tender);
    for (const { personKey, role, influence } of deal.stakeholders) {
      await addStakeholder(db, workspaceId, id, { personId: this.personId(personKey), role, influence });
    }
    for (const step of later) {
      const now = atMorning(step.on);
      await updateDealRow(
        db,
        workspaceId,
        id,
        { stage: step.stage, probability: probabilityOf(step.stage) },
        now,
      );
      await recordDealStage(db, workspaceId, id, step.stage, "open", now, actor.userId);
    }
    if (deal.close) {
      const now = closingTime(deal.close.closedOn);
      const warmth = new Map(
        deal.stakeholders.flatMap((s) =>
          s.warmthAtClose === null ? [] : [[this.personId(s.personKey), s.warmthAtClose] as const],
        ),
      );
      await snapshotStakeholderWarmth(db, id, warmth);
      await updateDealRow(
        db,
        workspaceId,
        id,
        {
          status: deal.close.status,
          outcomeReason: deal.close.reason,
          outcomeNote: deal.close.note,
          closedOn: deal.close.closedOn,
          probability: deal.probability,
        },
        now,
      );
      await recordDealStage(db, workspaceId, id, deal.stage, deal.close.status, now, actor.userId);
    }
  }

  /** Created as first met, then the journey replayed milestone by milestone into the histories. */
  private async writePerson(person: DemoPerson, companyId: string | null): Promise<string> {
    const { createdOn, initial, steps } = replayJourney(person);
    const { key: _key, companyKey: _companyKey, stageHistory: _history, ...fields } = initial;
    const input: PersonCreateInput = { ...fields, companyId, ownerId: this.actor.userId };
    const meta = { authorId: this.actor.userId, phoneCountry: this.phoneCountry };
    const id = await insertPerson(this.db, this.actor.workspaceId, input, {
      ...meta,
      now: atMorning(createdOn),
    });
    this.personSince.set(person.key, createdOn);
    let current: Person = {
      ...input,
      id,
      workspaceId: this.actor.workspaceId,
      createdAt: atMorning(createdOn),
      updatedAt: atMorning(createdOn),
    };
    for (const step of steps) {
      await updatePerson(this.db, current, step.patch, { ...meta, now: atMorning(step.on) });
      current = { ...current, ...step.patch, updatedAt: atMorning(step.on) };
    }
    return id;
  }

  private since(personKey: string): IsoDate {
    return this.personSince.get(personKey) ?? this.today;
  }

  private personId(key: string): string {
    const id = this.personIds.get(key);
    if (!id) throw new Error(`demo plan refers to unknown person ${key}`);
    return id;
  }
}

function probabilityOf(stage: string): number {
  return DEFAULT_PIPELINE.find((s) => s.key === stage)?.probability ?? 10;
}

function atMorning(day: string): string {
  return `${day}T08:00:00.000Z`;
}

function atEvening(day: string): string {
  return `${day}T18:00:00.000Z`;
}
