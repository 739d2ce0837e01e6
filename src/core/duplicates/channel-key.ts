import type { ChannelKind } from "../vocabulary.ts";
import { NUMBERING_PLANS, type PhoneCountry } from "./phone-country.ts";

/**
 * The comparable form of a channel value, for finding the same person twice. `country` is the
 * workspace's home for phone numbers written without a country code; other kinds ignore it.
 */
export function channelKey(kind: ChannelKind, value: string, country: PhoneCountry): string {
  if (kind === "email") return value.trim().toLowerCase();
  if (kind === "phone") return phoneKey(value, country);
  return value.trim().toLowerCase().replace(/\s+/g, " ");
}

/** "00" and the calling code of each country whose numbers may carry a trunk "0" (see stripTrunkZeros). */
const TRUNK_ZERO_PREFIXES = Object.values(NUMBERING_PLANS)
  .filter((plan) => plan.trunkZero)
  .map((plan) => `00${plan.callingCode}`);

/**
 * Digits in international form with "00", so that a number written nationally and the same number
 * written with its country code are one key. With Germany as home, "+49 (0)171 555-0001",
 * "0049 171 5550001" and "0171 5550001" all become "00491715550001"; with Austria as home,
 * "0664 1234567" and "+43 664 1234567" both become "00436641234567". A number written with a
 * country code gets the same key whatever the home country: the home only says what a number
 * without one means.
 */
export function phoneKey(value: string, country: PhoneCountry): string {
  // "(0)" is the trunk prefix, written for callers within the country; dialled from abroad it is left out.
  const digits = value.replace(/\(0\)/g, "").trim().replace(/^\+/, "00").replace(/\D/g, "");
  if (digits.startsWith("00")) return stripTrunkZeros(digits);
  const { callingCode, trunkZero } = NUMBERING_PLANS[country];
  if (trunkZero) {
    // Without a leading 0 (a local number, an extension) there is no area to assume.
    return digits.startsWith("0") ? `00${callingCode}${digits.slice(1)}` : digits;
  }
  // No trunk prefix (Liechtenstein): any number is a whole national number, except one starting
  // with 0, which no national number does; it keeps its digits rather than get a wrong country.
  return digits === "" || digits.startsWith("0") ? digits : `00${callingCode}${digits}`;
}

/**
 * "+49 0171 …" is a national number with the country code put in front: the trunk "0" stays by
 * mistake. Dropped for the countries whose plans use it; elsewhere (Italy's "+39 06 …") a 0 after
 * the country code belongs to the number.
 */
function stripTrunkZeros(international: string): string {
  for (const prefix of TRUNK_ZERO_PREFIXES) {
    if (international.startsWith(`${prefix}0`)) {
      return `${prefix}${international.slice(prefix.length).replace(/^0+/, "")}`;
    }
  }
  return international;
}
