import type { IsoDate, IsoDateTime } from "../dates.ts";
import type { GiftEntry, YearlyGiftSummary } from "../gifts/index.ts";
import type { Localized } from "../locale.ts";
import type { Fact } from "../model/fact.ts";
import type { Interaction } from "../model/interaction.ts";
import type { OpenLoop } from "../model/open-loop.ts";
import type { Birthday, Person } from "../model/person.ts";
import type { ContactSignals, Warmth } from "../relationship/index.ts";
import type { RelationKind } from "../vocabulary.ts";

export interface BriefingRelative {
  personId: string;
  firstName: string;
  lastName: string;
  birthday: Birthday | null;
  kind: RelationKind;
}

/** What the service gathers for one person's briefing; the rule decides what to show. */
export interface BriefingInput {
  person: Person;
  companyName: string | null;
  signals: ContactSignals;
  /** Facts the viewer may see, newest first. */
  facts: readonly Fact[];
  relatives: readonly BriefingRelative[];
  /** Open loops of the person. */
  openLoops: readonly OpenLoop[];
  /** The latest conversations, newest first. */
  lastConversations: readonly Interaction[];
  /** Gift ledger entries with this person, this year. */
  gifts: readonly GiftEntry[];
  /** Business context lines (open deals and tenders) prepared by the caller. */
  businessNotes: readonly Localized[];
  /** Warnings from elsewhere (a running tender procedure …). */
  warnings: readonly Localized[];
}

export interface BriefingDate {
  date: IsoDate;
  text: Localized;
}

export interface Briefing {
  person: Person;
  company: string | null;
  /** Keep-professional and caution contacts get business only: no friendship prompts. */
  businessOnly: boolean;
  stanceReason: string | null;
  mindset: Localized;
  who: {
    stage: Person["stage"];
    warmth: Warmth;
    knownSince: IsoDate | null;
    knownFor: Localized | null;
    howWeMet: string | null;
    addressForm: Person["addressForm"];
    addressFormSince: IsoDate | null;
  };
  life: { recentFacts: Fact[]; upcomingDates: BriefingDate[] };
  ask: Array<{ id: string; text: string; dueOn: IsoDate | null }>;
  promised: Array<{ id: string; text: string; dueOn: IsoDate | null }>;
  lastConversations: Array<{
    id: string;
    occurredAt: IsoDateTime;
    kind: Interaction["kind"];
    summary: string;
    outcome: string | null;
    atmosphere: number | null;
    trust: number | null;
    resistance: number | null;
  }>;
  business: { notes: Localized[] };
  gifts: { summary: YearlyGiftSummary; entries: GiftEntry[] };
  warnings: Localized[];
}
