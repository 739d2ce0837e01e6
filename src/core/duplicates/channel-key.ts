import type { ChannelKind } from "../vocabulary.ts";

/**
 * The country a number without one is assumed to be in. Kundenfreund's users sell in Germany; a
 * number written nationally ("0171 …") is the same as the international "+49 171 …", and only
 * with one form for both do an import, the person page and the duplicates list see them as one.
 */
const HOME_COUNTRY_CODE = "49";

/** The comparable form of a channel value, for finding the same person twice. */
export function channelKey(kind: ChannelKind, value: string): string {
  if (kind === "email") return value.trim().toLowerCase();
  if (kind === "phone") return phoneKey(value);
  return value.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * Digits in international form with "00": "+49 (0)171 555-0001", "0049 171 5550001" and
 * "0171 5550001" all become "00491715550001". A number without a leading 0 (a local number, an
 * extension) keeps its digits: there is no area to assume.
 */
export function phoneKey(value: string): string {
  // "(0)" is the trunk prefix, written for callers within the country; dialled from abroad it is left out.
  const digits = value.replace(/\(0\)/g, "").trim().replace(/^\+/, "00").replace(/\D/g, "");
  const home = `00${HOME_COUNTRY_CODE}`;
  if (digits.startsWith(`${home}0`)) return `${home}${digits.slice(home.length + 1)}`;
  if (digits.startsWith("00")) return digits;
  if (digits.startsWith("0")) return `${home}${digits.slice(1)}`;
  return digits;
}
