// Recognising the same person twice (import, manual merge) and folding two records into one. Pure.
export { channelKey, phoneKey } from "./channel-key.ts";
export { isWithinOneEdit } from "./edit-distance.ts";
export type { MergeableContact, MergeResult } from "./merge-contact.ts";
export { mergeContact } from "./merge-contact.ts";
export type { FoldedName, PersonName } from "./names-match.ts";
export {
  foldedNamesMatch,
  foldName,
  foldPersonName,
  MIN_LENGTH_FOR_TYPO,
  namesMatch,
} from "./names-match.ts";
export type { NumberingPlan, PhoneCountry } from "./phone-country.ts";
export { DEFAULT_PHONE_COUNTRY, isPhoneCountry, NUMBERING_PLANS, PHONE_COUNTRIES } from "./phone-country.ts";
export type { Identity } from "./shared-evidence.ts";
export {
  emailsMayBeOnePerson,
  groupsOfOnePerson,
  mayBeOnePerson,
  namesMayBeOnePerson,
  phoneMayBeOnePerson,
} from "./shared-evidence.ts";
