// Figures that reconstruct every contact's history month by month look at no more than
// SAMPLE_CONTACTS contacts, so they answer in the same time for 50 contacts or 100,000. Beyond
// that, a fixed pseudo-random subset stands in for all, and the answer says so.
import type { Localized } from "../locale.ts";
import type { SampleInfo } from "./figure.ts";

export const SAMPLE_CONTACTS = 2000;

export function sampleInfo(contacts: number, of: number): SampleInfo | null {
  return contacts < of ? { contacts, of } : null;
}

function grouped(n: number, locale: "de" | "en"): string {
  return new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB").format(n);
}

export function sampleCaution(sample: SampleInfo | null): Localized | null {
  if (sample === null) return null;
  return {
    de: `Geschätzt aus einer festen Stichprobe von ${grouped(sample.contacts, "de")} der ${grouped(sample.of, "de")} Kontakte.`,
    en: `Estimated from a fixed sample of ${grouped(sample.contacts, "en")} of ${grouped(sample.of, "en")} contacts.`,
  };
}

/** Both cautions in one text, either may be missing. */
export function combineCautions(...cautions: (Localized | null)[]): Localized | null {
  const present = cautions.filter((c): c is Localized => c !== null);
  if (present.length === 0) return null;
  return { de: present.map((c) => c.de).join(" "), en: present.map((c) => c.en).join(" ") };
}
