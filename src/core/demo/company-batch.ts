import type { IsoDate } from "../dates.ts";
import { STAGES } from "../vocabulary.ts";
import { CAST_RELATIONS, personKey } from "./cast.ts";
import { type CompanyProfile, toDemoCompany } from "./companies.ts";
import { draftDeals } from "./deals.ts";
import { factTemplate } from "./fact-catalogue.ts";
import { type FactSeed, fillTemplate, pickTemplates } from "./fact-seeds.ts";
import { buildFamily, drawFamily, type FamilyMember, familyFacts } from "./family.ts";
import { draftInteractions, draftJointMeeting, type InteractionDraft } from "./interactions.ts";
import { draftOpenLoops } from "./open-loops.ts";
import { drawOrgRelations } from "./org-relations.ts";
import { type ContactDraft, draftContacts } from "./people.ts";
import { placeFacts } from "./place-facts.ts";
import { type DemoBatch, emptyBatch } from "./plan.ts";
import type { Rng } from "./random.ts";
import { pickBusinessTopic, pickGenericPersonalTopic, pickOutcome, writeSummary } from "./summaries.ts";

// One account with everything around it: its contacts, their families, a year of interactions,
// the facts learned in them, the open loops they left and the deals done with them. Self-contained, so accounts can be
// generated and written one at a time.

export function generateCompanyBatch(
  rng: Rng,
  options: { company: CompanyProfile; index: number; today: IsoDate },
): DemoBatch {
  const { company, index, today } = options;
  const batch = emptyBatch();
  batch.companies.push(toDemoCompany(company, index));
  const drafts = draftContacts(rng.fork("contacts"), { company, index, today });
  batch.people.push(...drafts.map((d) => d.person));
  batch.relations.push(...drawOrgRelations(rng.fork("org"), drafts));
  batch.relations.push(...castRelationsClosedBy(index));

  const interactions: InteractionDraft[] = [];
  for (const draft of drafts) {
    const life = rng.fork(`life/${draft.position}`);
    const members = familyOf(life, draft);
    const seeds = [
      ...familyFacts(life, members, today, draft.german),
      ...otherFacts(life, draft, members, today),
    ];
    const own = draftInteractions(life, {
      keyPrefix: `i${draft.person.key.slice(1)}`,
      personKey: draft.person.key,
      profile: draft.profile,
      knownSince: draft.person.knownSince ?? today,
      today,
    });
    const placed = placeFacts(life, {
      personKey: draft.person.key,
      seeds,
      interactions: own,
      knownSince: draft.person.knownSince ?? today,
      today,
    });
    const family = buildFamily(life, {
      contact: draft.person,
      members,
      today,
      learnedOn: placed.slice(0, members.length).map((p) => p.fact.learnedOn),
    });
    batch.people.push(...family.people);
    batch.relations.push(...family.relations);
    batch.facts.push(...placed.map((p) => p.fact));
    batch.openLoops.push(
      ...draftOpenLoops(life, {
        personKey: draft.person.key,
        stance: draft.person.stance,
        facts: placed,
        interactions: own,
        today,
        german: draft.german,
      }),
    );
    interactions.push(...own);
  }
  interactions.push(...jointMeetings(rng.fork("joint"), drafts, company, index, today));

  const writer = rng.fork("summaries");
  const german = company.region === "de";
  interactions.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  for (const draft of interactions) {
    const personal = draft.personal ? (draft.personalTopic ?? pickGenericPersonalTopic(writer)) : null;
    batch.interactions.push({
      key: draft.key,
      occurredAt: draft.occurredAt,
      kind: draft.kind,
      initiatedBy: draft.initiatedBy,
      summary: writeSummary(writer, {
        kind: draft.kind,
        topic: pickBusinessTopic(writer, company.sector),
        personal,
        german,
      }),
      personal: draft.personal,
      outcome: pickOutcome(writer, draft.kind, german),
      atmosphere: draft.atmosphere,
      trust: draft.trust,
      resistance: draft.resistance,
      participantKeys: draft.participantKeys,
    });
  }
  batch.deals.push(
    ...draftDeals(rng.fork("deals"), {
      company,
      index,
      today,
      contacts: drafts,
      interactions: batch.interactions,
      facts: batch.facts,
    }),
  );
  return batch;
}

/** Families are told about once there is rapport; the cast brings its own. */
function familyOf(rng: Rng, draft: ContactDraft): FamilyMember[] {
  if (draft.cast) return draft.cast.family ?? [];
  const warm = draft.person.stance === "befriend" && STAGES.indexOf(draft.person.stage) >= 1;
  if (!warm || !rng.chance(0.45)) return [];
  return drawFamily(rng, { region: draft.german ? "de" : "uk", gender: draft.gender, age: draft.age });
}

function otherFacts(rng: Rng, draft: ContactDraft, members: FamilyMember[], today: IsoDate): FactSeed[] {
  const pinned = (draft.cast?.facts ?? []).map((f) =>
    fillTemplate(rng, factTemplate(f.id), { today, german: draft.german, inDays: f.inDays }),
  );
  const total = rng.int(...draft.profile.facts);
  const wanted = Math.max(0, total - members.length - pinned.length);
  const exclude = (draft.cast?.facts ?? []).map((f) => f.id);
  const drawn = pickTemplates(rng, wanted, exclude).map((t) =>
    fillTemplate(rng, t, { today, german: draft.german }),
  );
  return [...pinned, ...drawn];
}

/** Annual reviews and tender talks with several people of the account at once. */
function jointMeetings(
  rng: Rng,
  drafts: readonly ContactDraft[],
  company: CompanyProfile,
  index: number,
  today: IsoDate,
): InteractionDraft[] {
  const count = { A: rng.int(3, 5), B: rng.int(1, 3), C: rng.int(0, 1) }[company.tier];
  const attending = drafts.filter((d) => d.cast?.joinsJointMeetings !== false);
  const top = attending[0];
  if (!top || attending.length < 2) return [];
  const knownSince = new Map(drafts.map((d) => [d.person.key, d.person.knownSince ?? today]));
  const meetings = Array.from({ length: count }, (_, n) => {
    const others = rng.sample(attending.slice(1), rng.int(1, Math.min(2, attending.length - 1)));
    return draftJointMeeting(rng, {
      key: `i${String(index + 1).padStart(2, "0")}-j${n + 1}`,
      participantKeys: [top.person.key, ...others.map((o) => o.person.key)],
      today,
      profile: top.profile,
    });
  });
  // Nobody sits in a meeting from before we met them.
  for (const meeting of meetings) {
    meeting.participantKeys = meeting.participantKeys.filter(
      (k) => (knownSince.get(k) ?? today) <= meeting.day,
    );
  }
  return meetings.filter((m) => m.participantKeys.length > 0);
}

function castRelationsClosedBy(index: number) {
  return CAST_RELATIONS.filter((r) => Math.max(r.from[0], r.to[0]) === index).map((r) => ({
    personKey: personKey(...r.from),
    relatedPersonKey: personKey(...r.to),
    kind: r.kind,
  }));
}
