import type { Importance, Party, RelationKind, Stage, Stance } from "../vocabulary.ts";
import type { Gender } from "./names.ts";
import type { RelationshipProfile } from "./profiles.ts";

// The people the demo's story is told with: fixed names in fixed places, so that documentation,
// screenshots and tests can point at them ("open Jürgen Müller"), and so that every feature has a
// case to show — a friend with a birthday this week, a Du offered by the customer, a caution contact
// with a dated reason, an overdue open loop. Everyone else is drawn at random around them.

export interface CastFamilyMember {
  firstName: string;
  gender: Gender;
  relation: "partner" | "child";
  /** Age in years today. */
  age: number;
  /** Birthday this many days after today (else random). */
  birthdayInDays?: number;
}

export interface CastMember {
  /** Index into the company catalogue, and position among its contacts (0 = the top). */
  company: number;
  position: number;
  firstName: string;
  lastName: string;
  gender: Gender;
  jobTitle: string;
  stance: Stance;
  stage: Stage;
  /** For stances other than befriend: the text, with {date} this many days ago. */
  stanceReason?: { de: string; en: string; daysAgo: number };
  birthday?: { inDays: number; year: number | null };
  /** Switched to Du, offered by whom; the day is drawn from the journey. */
  du?: { offeredBy: Party };
  importance?: Importance;
  cadenceDays?: number;
  knownSinceDays?: number;
  /** Fact templates they certainly have, optionally with refersTo pinned to today + inDays. */
  facts?: Array<{ id: string; inDays?: number }>;
  family?: CastFamilyMember[];
  reportsToPosition?: number;
  /** Replaces parts of their stage's profile, where the story needs a contact colder or scarcer than drawn. */
  profile?: Partial<RelationshipProfile>;
  /** False for someone new in the role: the year's joint meetings were held with their predecessor. */
  joinsJointMeetings?: boolean;
}

export const CAST: readonly CastMember[] = [
  {
    company: 0,
    position: 1,
    firstName: "Jürgen",
    jobTitle: "Einkaufsleiter",
    lastName: "Müller",
    gender: "m",
    stance: "befriend",
    stage: "friendship",
    birthday: { inDays: 5, year: 1968 },
    du: { offeredBy: "them" },
    importance: 1,
    knownSinceDays: 3300,
    facts: [{ id: "half-marathon", inDays: 4 }, { id: "bvb" }, { id: "hannover-messe" }],
    family: [
      { firstName: "Karin", gender: "f", relation: "partner", age: 56, birthdayInDays: 9 },
      { firstName: "Paul", gender: "m", relation: "child", age: 19 },
    ],
  },
  {
    company: 0,
    position: 3,
    firstName: "Łukasz",
    jobTitle: "Lagerleiter",
    lastName: "Nowak",
    gender: "m",
    stance: "befriend",
    stage: "acquaintance",
    reportsToPosition: 1,
  },
  {
    company: 1,
    position: 0,
    firstName: "Klaus",
    jobTitle: "Vorstand Technik",
    lastName: "Brenner",
    gender: "m",
    stance: "keep_professional",
    stage: "business_contact",
    stanceReason: {
      de: "Im Jahresgespräch am {date} herablassend gegenüber unserem Servicetechniker; private Themen blockt er konsequent ab.",
      en: "Condescending towards our service engineer in the annual review on {date}; declines any personal topics.",
      daysAgo: 95,
    },
    importance: 1,
  },
  {
    company: 1,
    position: 1,
    firstName: "Änne",
    jobTitle: "Einkaufsleiterin",
    lastName: "Weiß",
    gender: "f",
    stance: "befriend",
    stage: "trust",
    birthday: { inDays: 12, year: null },
    du: { offeredBy: "them" },
    importance: 1,
    facts: [{ id: "cycling" }, { id: "jubilee", inDays: 8 }],
    family: [{ firstName: "Mia", gender: "f", relation: "child", age: 5 }],
  },
  {
    // The decision maker of the tender before publication: new in the role, met once. The agenda's
    // early warning ("tender expected in 60 days, the decision maker is cold") is about him.
    company: 2,
    position: 0,
    firstName: "Henrik",
    jobTitle: "Technischer Geschäftsführer",
    lastName: "Lindner",
    gender: "m",
    stance: "befriend",
    stage: "business_contact",
    importance: 1,
    knownSinceDays: 130,
    profile: {
      interactions: [1, 1],
      lastContactDays: [100, 112],
      kinds: [["meeting", 1]],
      theyShare: 0,
      facts: [0, 0],
    },
    joinsJointMeetings: false,
  },
  {
    company: 2,
    position: 1,
    firstName: "Özlem",
    jobTitle: "Leiterin Wasserversorgung",
    lastName: "Yılmaz",
    gender: "f",
    stance: "befriend",
    stage: "acquaintance",
    cadenceDays: 30,
    facts: [{ id: "green-tea" }, { id: "holiday", inDays: 3 }],
  },
  {
    company: 4,
    position: 1,
    firstName: "Sabine",
    jobTitle: "Leiterin Einkauf",
    lastName: "Groß",
    gender: "f",
    stance: "befriend",
    stage: "friendship",
    du: { offeredBy: "me" },
    importance: 2,
    facts: [{ id: "company-run" }, { id: "married" }],
  },
  {
    company: 7,
    position: 1,
    firstName: "Ralf",
    jobTitle: "Einkaufsleiter",
    lastName: "Kessler",
    gender: "m",
    stance: "caution",
    stage: "business_contact",
    stanceReason: {
      de: "Hat am {date} unser Angebot nur als Preishebel gegenüber dem Wettbewerb genutzt.",
      en: "On {date} used our offer only as price leverage against a competitor.",
      daysAgo: 258,
    },
    importance: 2,
  },
  {
    company: 8,
    position: 1,
    firstName: "Björn",
    jobTitle: "Produktionsleiter",
    lastName: "Großmann",
    gender: "m",
    stance: "befriend",
    stage: "friendship",
    du: { offeredBy: "them" },
    importance: 1,
    facts: [{ id: "sailing" }, { id: "rioja" }],
  },
  {
    company: 12,
    position: 2,
    firstName: "Thomas",
    jobTitle: "Strategischer Einkäufer",
    lastName: "Schäfer",
    gender: "m",
    stance: "befriend",
    stage: "business_contact",
    knownSinceDays: 40,
    cadenceDays: 14,
  },
  {
    company: 13,
    position: 0,
    firstName: "Katrin",
    jobTitle: "Vorständin Technik",
    lastName: "Hoffmann",
    gender: "f",
    stance: "keep_professional",
    stage: "acquaintance",
    stanceReason: {
      de: "Hat am {date} klargestellt, dass sie Geschäftliches und Privates strikt trennt – respektieren.",
      en: "Made clear on {date} that business and private life stay separate – respect that.",
      daysAgo: 180,
    },
  },
  {
    company: 32,
    position: 1,
    firstName: "Sarah",
    jobTitle: "Head of Procurement",
    lastName: "Thompson",
    gender: "f",
    stance: "befriend",
    stage: "trust",
    birthday: { inDays: 2, year: 1981 },
    importance: 2,
    facts: [{ id: "vinyl" }, { id: "house", inDays: 20 }],
  },
  {
    company: 36,
    position: 2,
    firstName: "Ryan",
    jobTitle: "Senior Buyer",
    lastName: "Foster",
    gender: "m",
    stance: "caution",
    stage: "business_contact",
    stanceReason: {
      de: "Hat unsere Preisliste am {date} an einen Mitbewerber weitergegeben.",
      en: "On {date} forwarded our price sheet to a competitor to renegotiate their contract.",
      daysAgo: 75,
    },
  },
  {
    company: 38,
    position: 1,
    firstName: "Pieter",
    jobTitle: "Head of Procurement",
    lastName: "de Vries",
    gender: "m",
    stance: "befriend",
    stage: "acquaintance",
    cadenceDays: 60,
    facts: [{ id: "cycling" }],
  },
];

/** Relations across accounts; written with the batch of the later company. */
export const CAST_RELATIONS: ReadonlyArray<{
  from: [number, number];
  to: [number, number];
  kind: RelationKind;
}> = [{ from: [0, 1], to: [8, 1], kind: "friend" }];

export function castAt(company: number, position: number): CastMember | undefined {
  return CAST.find((member) => member.company === company && member.position === position);
}

export function personKey(company: number, position: number): string {
  return `p${String(company + 1).padStart(2, "0")}-${position + 1}`;
}
