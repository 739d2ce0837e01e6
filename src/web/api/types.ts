// The shapes the web app reads from /api. Entities come from the domain model (types only — the
// web app reaches data through HTTP, never by importing server code).
import type { Localized } from "../../core/locale.ts";
import type { Company } from "../../core/model/company.ts";
import type { Fact } from "../../core/model/fact.ts";
import type { Interaction } from "../../core/model/interaction.ts";
import type { OpenLoop } from "../../core/model/open-loop.ts";
import type { AddressFormChange, Person, StageChange } from "../../core/model/person.ts";
import type { Relation } from "../../core/model/relation.ts";
import type { AgendaItem } from "../../core/relationship/agenda-types.ts";
import type { DueState } from "../../core/relationship/cadence.ts";
import type { StageSuggestion } from "../../core/relationship/suggest-stage.ts";
import type { Warmth } from "../../core/relationship/warmth.ts";
import type { SearchEntityType } from "../../core/schemas/search.ts";
import type { Stage } from "../../core/vocabulary.ts";
import type { ContactRestrictionView, TenderAgendaLine } from "./deal-types.ts";

export type { Company, Fact, Interaction, Localized, OpenLoop, Person, Relation };

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Me {
  userId: string;
  workspaceId: string;
  displayName: string;
  role: string;
  locale: "de" | "en";
  canWrite: boolean;
}

/** `restriction`: a running tender procedure limits contact with this person to business. */
export type AgendaLine = AgendaItem & { personName: string; restriction?: Localized | null };

export interface Today {
  today: string;
  items: AgendaLine[];
  /** Keep-in-touch contacts due in all; the items hold the best-ranked of them. */
  keepInTouchDue: number;
  /** Open loops due in all; the items hold the longest overdue of them. */
  openLoopsDue: number;
  /** Early warnings and due touches of the user's tenders before publication. */
  tenders?: TenderAgendaLine[];
}

export interface Relationship {
  personId: string;
  stage: Stage;
  warmth: Warmth;
  cadence: DueState;
  stageSuggestion: StageSuggestion | null;
  interactionCount?: number;
  lastInteractionAt?: string | null;
  /** Running tender procedures in which this person is a stakeholder. */
  restrictions?: ContactRestrictionView[];
}

export interface PersonHistory {
  stages: StageChange[];
  addressForms: AddressFormChange[];
}

export interface SearchItem {
  type: SearchEntityType;
  id: string;
  title: string;
  subtitle: string | null;
  personId: string | null;
}

export interface AddressFormResult {
  person: Person;
  milestone: Localized;
  warnings: Localized[];
}

export type { Briefing } from "../../core/briefing/briefing-types.ts";
export type {
  ConversationInput,
  SelfCheckAnswer,
  SelfCheckQuestion as SelfCheckKey,
} from "../../core/schemas/conversation.ts";

export interface ConversationResult {
  interaction: Interaction;
  facts: Fact[];
  openLoops: OpenLoop[];
  closedLoopIds: string[];
}
