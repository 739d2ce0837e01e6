export { type AccessExport, accessExportHtml } from "./access-export.ts";
export { CATEGORY_EXPLANATIONS, SENSITIVE_CATEGORIES, type SensitiveCategory } from "./categories.ts";
export { accessRequestDueOn, addMonthsClamped, informationDueOn, requestStatus } from "./deadlines.ts";
export { detectSensitive, type SensitiveFinding } from "./detect-sensitive.ts";
export { agendaInputWithoutGreetings, withoutOptedOutGreetings } from "./greetings.ts";
export { informationLetter } from "./information-letter.ts";
export { type CategoryLexicon, type FalseFriend, LEXICON } from "./lexicon.ts";
export {
  channelAllowed,
  greetingsAllowed,
  LEGAL_BASES,
  legalBasisProblems,
  OPT_OUT_CHANNELS,
  PERSON_SOURCES,
  type PersonPrivacy,
} from "./person-privacy.ts";
export { buildProcessingRegister, registerHtml, registerMarkdown } from "./processing-register.ts";
export { DEFAULT_RETENTION_RULES, retentionQueue } from "./retention.ts";
export { identifyingStrings, participantStrings, scrubText } from "./scrub.ts";
export {
  checkSensitiveTexts,
  SENSITIVE_DECISIONS,
  SensitiveDataError,
  type SensitiveDecision,
} from "./sensitive-review.ts";
