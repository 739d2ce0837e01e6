// The closed vocabularies of the domain. Each list is the single source for its type, for the
// zod schemas of the API and for the CHECK-free columns of the store (validation happens once, at
// the edge, against these lists).

export const STANCES = ["befriend", "keep_professional", "caution"] as const;
export type Stance = (typeof STANCES)[number];

/** The relationship journey, in order: business contact → acquaintance → trust → friendship. */
export const STAGES = ["business_contact", "acquaintance", "trust", "friendship"] as const;
export type Stage = (typeof STAGES)[number];

export const ADDRESS_FORMS = ["sie", "du"] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];

/** Who took a step: the salesperson ("me") or the customer ("them"). */
export const PARTIES = ["me", "them"] as const;
export type Party = (typeof PARTIES)[number];

export const INTERACTION_KINDS = ["meeting", "call", "video", "message", "email", "event", "meal"] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const FACT_CATEGORIES = [
  "family",
  "hobby",
  "preference",
  "life_event",
  "shared_experience",
  "important_date",
  "other",
] as const;
export type FactCategory = (typeof FACT_CATEGORIES)[number];

export const RELATION_KINDS = [
  "partner",
  "child",
  "parent",
  "sibling",
  "friend",
  "colleague",
  "reports_to",
  "assistant",
  "other",
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const CHANNEL_KINDS = ["email", "phone", "address", "website", "social"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const CHANNEL_LABELS = ["work", "home", "mobile", "other"] as const;
export type ChannelLabel = (typeof CHANNEL_LABELS)[number];

/**
 * Importance of a contact, used with the stage to derive a default cadence (Dunbar-like layers).
 * 1 = inner circle … 4 = wide network.
 */
export const IMPORTANCE_LEVELS = [1, 2, 3, 4] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];

/** A rating of an interaction on a 1–5 scale (atmosphere, trust, resistance). */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** An open loop is something to ask them, or something I promised to do. */
export const OPEN_LOOP_KINDS = ["ask", "do"] as const;
export type OpenLoopKind = (typeof OPEN_LOOP_KINDS)[number];

/** A deal is a sales opportunity; a tender is a deal run as a formal procurement procedure. */
export const DEAL_KINDS = ["deal", "tender"] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

export const DEAL_STATUSES = ["open", "won", "lost"] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Why a deal was won or lost: the raw material of "does friendship sell?". */
export const OUTCOME_REASONS = ["price", "relationship", "product", "timing", "other"] as const;
export type OutcomeReason = (typeof OUTCOME_REASONS)[number];

export const USER_ROLES = ["owner", "admin", "member", "read_only"] as const;
export type UserRole = (typeof USER_ROLES)[number];
