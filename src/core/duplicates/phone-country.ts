/**
 * The countries a workspace can take as home for phone numbers written without a country code
 * (decision 112). Kundenfreund's users sell in the German-speaking region; these are its
 * countries, and the ones whose numbering plans the phone key knows: Germany, Austria and
 * Switzerland write a national number with the trunk prefix "0", which is dropped when the number
 * is dialled from abroad ("0664 …" is "+43 664 …"). Liechtenstein has no trunk prefix: a national
 * number is the whole number ("235 12 34" is "+423 235 12 34").
 */
export const PHONE_COUNTRIES = ["DE", "AT", "CH", "LI"] as const;
export type PhoneCountry = (typeof PHONE_COUNTRIES)[number];

/** Workspaces that never chose keep the country every key was made with before there was a choice. */
export const DEFAULT_PHONE_COUNTRY: PhoneCountry = "DE";

export interface NumberingPlan {
  /** The country calling code, without "+" or "00". */
  callingCode: string;
  /** Whether a national number starts with the trunk prefix "0" (not part of the international form). */
  trunkZero: boolean;
}

export const NUMBERING_PLANS: Record<PhoneCountry, NumberingPlan> = {
  DE: { callingCode: "49", trunkZero: true },
  AT: { callingCode: "43", trunkZero: true },
  CH: { callingCode: "41", trunkZero: true },
  LI: { callingCode: "423", trunkZero: false },
};

export function isPhoneCountry(value: unknown): value is PhoneCountry {
  return typeof value === "string" && (PHONE_COUNTRIES as readonly string[]).includes(value);
}
