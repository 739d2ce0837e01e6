import type { PhoneCountry } from "../../core/duplicates/phone-country.ts";
import type { SelfCheckQuestion } from "../../core/schemas/conversation.ts";
import type {
  FactCategory,
  InteractionKind,
  OpenLoopKind,
  RelationKind,
  Stage,
  Stance,
} from "../../core/vocabulary.ts";

// The closed vocabularies as run-time lists for selects and chips. The web app may import core
// only for types, so the lists are repeated here; `satisfies` makes the compiler reject a value
// that core does not know, and the exhaustiveness test in vocabulary.test.ts catches a missing one.

export const STANCES = ["befriend", "keep_professional", "caution"] as const satisfies readonly Stance[];
export const STAGES = [
  "business_contact",
  "acquaintance",
  "trust",
  "friendship",
] as const satisfies readonly Stage[];
export const INTERACTION_KINDS = [
  "meeting",
  "call",
  "video",
  "message",
  "email",
  "event",
  "meal",
] as const satisfies readonly InteractionKind[];
export const FACT_CATEGORIES = [
  "family",
  "hobby",
  "preference",
  "life_event",
  "shared_experience",
  "important_date",
  "other",
] as const satisfies readonly FactCategory[];
export const FAMILY_KINDS = [
  "partner",
  "child",
  "parent",
  "sibling",
] as const satisfies readonly RelationKind[];
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
] as const satisfies readonly RelationKind[];
export const OPEN_LOOP_KINDS = ["ask", "do"] as const satisfies readonly OpenLoopKind[];
export const SELF_CHECK_KEYS = [
  "relaxed",
  "smiled",
  "listened",
  "distance",
  "friendTone",
] as const satisfies readonly SelfCheckQuestion[];
export const PHONE_COUNTRIES = ["DE", "AT", "CH", "LI"] as const satisfies readonly PhoneCountry[];
