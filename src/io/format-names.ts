import type { ContactRecord } from "./contact-record.ts";

/**
 * ADR is post-office box; extended; street; locality; region; postal code; country. A channel
 * holds one line of text, in the order a German or English envelope reads.
 */
export function formatAddress(components: string[]): string {
  const [pobox = "", extended = "", street = "", locality = "", region = "", code = "", country = ""] =
    components.map((c) => c.trim());
  const town = [code, locality].filter((s) => s !== "").join(" ");
  return [street, extended, pobox, town, region, country].filter((s) => s !== "").join(", ");
}

/** "Anna Maria Schmidt" → Anna Maria / Schmidt; "Schmidt, Anna" → Anna / Schmidt. */
export function splitFullName(name: string): Pick<ContactRecord, "firstName" | "lastName"> {
  const comma = name.indexOf(",");
  if (comma > 0) return { firstName: name.slice(comma + 1).trim(), lastName: name.slice(0, comma).trim() };
  const space = name.lastIndexOf(" ");
  if (space < 0) return { firstName: name, lastName: "" };
  return { firstName: name.slice(0, space).trim(), lastName: name.slice(space + 1).trim() };
}
