import type { Influence, StakeholderRole } from "../coverage/index.ts";
import { WARMTH_WARM_FROM } from "../coverage/index.ts";
import { addDays, daysBetween, type IsoDate, pad2 } from "../dates.ts";
import { DEFAULT_PIPELINE } from "../deals/pipeline.ts";
import { type CompanyProfile, companyKey, speaksGerman } from "./companies.ts";
import { earlierDay, laterDay } from "./day-order.ts";
import {
  CLOSED_SLOTS,
  type ClosedSlot,
  type DecisionMakerPick,
  OPEN_SLOTS,
  type OpenSlot,
} from "./deal-catalogue.ts";
import { pickDealTitle, writeOutcomeNote } from "./deal-texts.ts";
import type { ContactDraft } from "./people.ts";
import type { DemoDeal, DemoDealStep, DemoFact, DemoInteraction, DemoStakeholder } from "./plan.ts";
import type { Rng } from "./random.ts";
import { planTender, type TenderPlan } from "./tender-dates.ts";
import { warmthOn } from "./warmth-on.ts";

// The deals of one account, drawn around its slots in the catalogue. A closed deal's outcome
// follows its decision maker's warmth on the day it was decided — warm (≥ 50) wins, colder loses —
// unless the slot is one of the exceptions; warm deals also close faster. So "does friendship
// sell?" has a story to tell, and it holds for every seed. See docs/decisions/050-demo-workspace.md.

const STAGE_KEYS = DEFAULT_PIPELINE.map((s) => s.key);

/** Days an open deal has been in the pipeline, by the stage it has reached. */
const OPEN_AGE: Record<OpenSlot["stage"], readonly [number, number]> = {
  lead: [10, 45],
  qualified: [25, 90],
  proposal: [45, 130],
  negotiation: [60, 170],
  commit: [75, 200],
};

/** Days until an open deal is expected to close, by stage. */
const CLOSES_IN: Record<OpenSlot["stage"], readonly [number, number]> = {
  lead: [90, 200],
  qualified: [60, 150],
  proposal: [30, 100],
  negotiation: [14, 60],
  commit: [3, 25],
};

/** Days from creation to decision: warm relationships shorten the sales cycle. */
const CYCLE_WARM: readonly [number, number] = [40, 110];
const CYCLE_COLD: readonly [number, number] = [100, 260];

/** A decision maker of a closed deal was known at least this long before it was decided. */
const KNOWN_BEFORE_CLOSE_DAYS = 60;

/** Deal values in euros by account tier. */
const VALUE: Record<CompanyProfile["tier"], readonly [number, number]> = {
  A: [60_000, 400_000],
  B: [20_000, 150_000],
  C: [6_000, 40_000],
};

const OTHER_ROLES: ReadonlyArray<readonly [Exclude<StakeholderRole, "decision_maker">, number]> = [
  ["influencer", 35],
  ["technical_evaluator", 30],
  ["user", 20],
  ["gatekeeper", 15],
];

const INFLUENCE: Record<StakeholderRole, readonly [number, number]> = {
  decision_maker: [2, 3],
  influencer: [2, 3],
  technical_evaluator: [1, 3],
  user: [1, 1],
  gatekeeper: [1, 2],
};

interface AccountContext {
  rng: Rng;
  company: CompanyProfile;
  index: number;
  today: IsoDate;
  contacts: readonly ContactDraft[];
  interactions: readonly DemoInteraction[];
  factDays: ReadonlyMap<string, IsoDate[]>;
  titles: string[];
}

export function draftDeals(
  rng: Rng,
  options: {
    company: CompanyProfile;
    index: number;
    today: IsoDate;
    contacts: readonly ContactDraft[];
    interactions: readonly DemoInteraction[];
    facts: readonly DemoFact[];
  },
): DemoDeal[] {
  const closed = CLOSED_SLOTS.filter((s) => s.company === options.index);
  const open = OPEN_SLOTS.filter((s) => s.company === options.index);
  if (closed.length + open.length === 0 || options.contacts.length === 0) return [];
  const factDays = new Map<string, IsoDate[]>();
  for (const fact of options.facts)
    factDays.set(fact.personKey, [...(factDays.get(fact.personKey) ?? []), fact.learnedOn]);
  const german = speaksGerman(options.company);
  const titles = Array.from({ length: closed.length + open.length }, (_, n) =>
    pickDealTitle(rng.fork(`title/${n}`), options.company.sector, german),
  );
  const account: AccountContext = { ...options, rng, factDays, titles: dedupe(titles) };
  return [
    ...closed.map((slot, n) => draftClosed(account, slot, n)),
    ...open.map((slot, n) => draftOpen(account, slot, closed.length + n)),
  ];
}

function draftClosed(account: AccountContext, slot: ClosedSlot, n: number): DemoDeal {
  const rng = account.rng.fork(`closed/${n}`);
  const { today } = account;
  const tender = slot.tender
    ? planTender(rng.fork("tender"), slot.tender, {
        today,
        decidedAround: addDays(today, -rng.int(...slot.daysAgo)),
      })
    : null;
  let closedOn = tender?.decidedOn ?? addDays(today, -rng.int(...slot.daysAgo));
  let knownBy = addDays(closedOn, -KNOWN_BEFORE_CLOSE_DAYS);
  const warmth = (c: ContactDraft) =>
    warmthOn(c.person, account.interactions, account.factDays.get(c.person.key) ?? [], closedOn);
  const dm = pickDecisionMaker(rng, account.contacts, slot.decisionMaker, knownBy, warmth);
  const dmKnownSince = dm.person.knownSince;
  if (!tender && dmKnownSince && dmKnownSince > knownBy) {
    // A young account (nobody there known that early, or a pinned contact met later): the deal
    // closes once its decision maker had been known a while, never before anyone was known.
    closedOn = earlierDay(addDays(today, -1), addDays(dmKnownSince, KNOWN_BEFORE_CLOSE_DAYS));
    knownBy = addDays(closedOn, -KNOWN_BEFORE_CLOSE_DAYS);
  }
  const warm = warmth(dm) >= WARMTH_WARM_FROM;
  // The exceptions flip what the relationship would have decided.
  const won = warm !== (slot.despite !== undefined);
  const reason = slot.despite ?? (won ? slot.won : slot.lost);
  const status = won ? "won" : "lost";

  let stageHistory: DemoDealStep[];
  if (tender) {
    const createdOn = addDays(tender.qualifiedOn, -rng.int(20, 60));
    stageHistory = tenderSteps(tender, createdOn, won);
  } else {
    const cycle = rng.int(...(warm ? CYCLE_WARM : CYCLE_COLD));
    const createdOn = laterDay(addDays(closedOn, -cycle), dm.person.knownSince ?? closedOn);
    const final = won
      ? rng.weighted([
          ["commit", 70],
          ["negotiation", 30],
        ] as const)
      : rng.weighted([
          ["proposal", 45],
          ["negotiation", 40],
          ["commit", 15],
        ] as const);
    stageHistory = spreadSteps(
      rng,
      STAGE_KEYS.slice(0, STAGE_KEYS.indexOf(final) + 1),
      createdOn,
      addDays(closedOn, -1),
    );
  }
  const stakeholders = drawStakeholders(rng, account.contacts, dm, slot, knownBy).map(
    ({ draft, role, influence }): DemoStakeholder => ({
      personKey: draft.person.key,
      role,
      influence,
      warmthAtClose: warmth(draft),
    }),
  );
  const stage = stageHistory.at(-1)?.stage ?? "lead";
  return {
    key: dealKey(account.index, n),
    companyKey: companyKey(account.index),
    kind: tender ? "tender" : "deal",
    title: tender?.title ?? account.titles[n] ?? "",
    valueCents: dealValue(rng, account.company, tender),
    probability: won ? 100 : 0,
    stage,
    expectedCloseOn: tender?.expectedCloseOn ?? addDays(closedOn, -rng.int(0, 30)),
    tender: tender?.tender ?? null,
    stakeholders,
    stageHistory,
    close: {
      status,
      reason,
      note: writeOutcomeNote(rng, { status, reason }, speaksGerman(account.company)),
      closedOn,
    },
  };
}

function draftOpen(account: AccountContext, slot: OpenSlot, n: number): DemoDeal {
  const rng = account.rng.fork(`open/${n}`);
  const { today } = account;
  const tender = slot.tender ? planTender(rng.fork("tender"), slot.tender, { today }) : null;
  const warmthToday = (c: ContactDraft) =>
    warmthOn(c.person, account.interactions, account.factDays.get(c.person.key) ?? [], today);
  const dm = pickDecisionMaker(rng, account.contacts, slot.decisionMaker, today, warmthToday);
  let stageHistory: DemoDealStep[];
  let expectedCloseOn: IsoDate;
  if (tender) {
    stageHistory = tenderSteps(tender, addDays(tender.qualifiedOn, -rng.int(20, 60)), false);
    expectedCloseOn = tender.expectedCloseOn;
  } else {
    const age = rng.int(...OPEN_AGE[slot.stage]);
    const createdOn = laterDay(addDays(today, -age), dm.person.knownSince ?? today);
    const stages = STAGE_KEYS.slice(0, STAGE_KEYS.indexOf(slot.stage) + 1);
    stageHistory = spreadSteps(rng, stages, createdOn, addDays(today, -1));
    expectedCloseOn = addDays(today, rng.int(...CLOSES_IN[slot.stage]));
  }
  const stage = stageHistory.at(-1)?.stage ?? slot.stage;
  return {
    key: dealKey(account.index, n),
    companyKey: companyKey(account.index),
    kind: tender ? "tender" : "deal",
    title: tender?.title ?? account.titles[n] ?? "",
    valueCents: dealValue(rng, account.company, tender),
    probability: DEFAULT_PIPELINE.find((s) => s.key === stage)?.probability ?? 10,
    stage,
    expectedCloseOn,
    tender: tender?.tender ?? null,
    stakeholders: drawStakeholders(rng, account.contacts, dm, slot, today).map(
      ({ draft, role, influence }): DemoStakeholder => ({
        personKey: draft.person.key,
        role,
        influence,
        warmthAtClose: null,
      }),
    ),
    stageHistory,
    close: null,
  };
}

function dealKey(index: number, n: number): string {
  return `d${pad2(index + 1)}-${n + 1}`;
}

/** The people who decide are senior contacts known by then; positions in the slot pin someone. */
function pickDecisionMaker(
  rng: Rng,
  contacts: readonly ContactDraft[],
  pick: DecisionMakerPick,
  knownBy: IsoDate,
  warmth: (c: ContactDraft) => number,
): ContactDraft {
  if (typeof pick === "object") {
    const pinned = contacts.find((c) => c.position === pick.position);
    if (pinned) return pinned;
  }
  const known = contacts.filter((c) => (c.person.knownSince ?? knownBy) <= knownBy);
  const senior = known.filter((c) => c.rank <= 1);
  const pool = senior.length > 0 ? senior : known.length > 0 ? known : contacts;
  if (pick === "warmest" || pick === "coldest") {
    const sign = pick === "warmest" ? -1 : 1;
    return [...pool].sort(
      (a, b) => sign * (warmth(a) - warmth(b)) || a.position - b.position,
    )[0] as ContactDraft;
  }
  return rng.pick(pool);
}

interface DrawnStakeholder {
  draft: ContactDraft;
  role: StakeholderRole;
  influence: Influence;
}

function drawStakeholders(
  rng: Rng,
  contacts: readonly ContactDraft[],
  dm: ContactDraft,
  slot: OpenSlot | ClosedSlot,
  knownBy: IsoDate,
): DrawnStakeholder[] {
  const influence = (role: StakeholderRole) => rng.int(...INFLUENCE[role]) as Influence;
  const chosen: DrawnStakeholder[] = [
    { draft: dm, role: "decision_maker", influence: influence("decision_maker") },
  ];
  for (const { position, role } of slot.pinned ?? []) {
    const draft = contacts.find((c) => c.position === position && c !== dm);
    if (draft) chosen.push({ draft, role, influence: 2 });
  }
  const pool = contacts.filter(
    (c) => !chosen.some((s) => s.draft === c) && (c.person.knownSince ?? knownBy) <= knownBy,
  );
  // Pinned people are most of the buying centre already; keep a tender's coverage about them.
  const wanted = slot.pinned ? rng.int(0, 1) : rng.int(1, 3);
  for (const draft of rng.sample(pool, wanted)) {
    const role = rng.weighted(OTHER_ROLES);
    chosen.push({ draft, role, influence: influence(role) });
  }
  return chosen;
}

/** The pipeline steps of a tender follow its procedure: qualified, offer on publication, award notice. */
function tenderSteps(tender: TenderPlan, createdOn: IsoDate, won: boolean): DemoDealStep[] {
  const steps: DemoDealStep[] = [
    { stage: "lead", on: createdOn },
    { stage: "qualified", on: tender.qualifiedOn },
  ];
  if (tender.proposalOn) steps.push({ stage: "proposal", on: tender.proposalOn });
  if (won && tender.awardNoticeOn) steps.push({ stage: "commit", on: tender.awardNoticeOn });
  return steps;
}

/** One step per stage from `from` to `until`, in order, on distinct days. */
function spreadSteps(rng: Rng, stages: readonly string[], from: IsoDate, until: IsoDate): DemoDealStep[] {
  const span = Math.max(0, daysBetween(from, until));
  const fractions = stages
    .slice(1)
    .map(() => rng.between(0.1, 1))
    .sort((a, b) => a - b);
  const steps: DemoDealStep[] = [{ stage: stages[0] ?? "lead", on: from }];
  fractions.forEach((fraction, n) => {
    const previous = steps[steps.length - 1] as DemoDealStep;
    const on = addDays(from, Math.round(fraction * span));
    steps.push({ stage: stages[n + 1] ?? "lead", on: on > previous.on ? on : addDays(previous.on, 1) });
  });
  return steps;
}

function dealValue(rng: Rng, company: CompanyProfile, tender: TenderPlan | null): number {
  if (tender?.tender.estimatedValueCents) {
    return Math.round((tender.tender.estimatedValueCents * rng.between(0.85, 1)) / 10_000) * 10_000;
  }
  const [min, max] = VALUE[company.tier];
  return rng.int(min / 500, max / 500) * 500 * 100;
}

/** Two deals at one account should not read the same. */
function dedupe(titles: string[]): string[] {
  return titles.map((title, n) => (titles.indexOf(title) < n ? `${title} (${n + 1})` : title));
}
