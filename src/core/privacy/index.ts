export { CATEGORY_EXPLANATIONS, SENSITIVE_CATEGORIES, type SensitiveCategory } from "./categories.ts";
export { detectSensitive, type SensitiveFinding } from "./detect-sensitive.ts";
export { type CategoryLexicon, type FalseFriend, LEXICON } from "./lexicon.ts";
