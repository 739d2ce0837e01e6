import type { Sector } from "./companies.ts";
import type { Gender } from "./names.ts";
import type { Rng } from "./random.ts";

// Job titles by rank: 0 the top of the account (signs contracts), 1 the department heads the
// salesperson works with most, 2 buyers, engineers and assistants. German titles in both forms.

type Title = readonly [male: string, female: string];

// biome-ignore format: a title table reads better dense
const GERMAN_TOP: Record<Sector, readonly Title[]> = {
  industry: [["Geschäftsführer", "Geschäftsführerin"], ["Vorstand Technik", "Vorständin Technik"], ["Werkleiter", "Werkleiterin"]],
  logistics: [["Geschäftsführer", "Geschäftsführerin"], ["Leiter Operations", "Leiterin Operations"]],
  utility: [["Technischer Geschäftsführer", "Technische Geschäftsführerin"], ["Bereichsleiter Netze", "Bereichsleiterin Netze"]],
  health: [["Kaufmännischer Direktor", "Kaufmännische Direktorin"], ["Technischer Leiter", "Technische Leiterin"]],
  services: [["Geschäftsführer", "Geschäftsführerin"], ["Inhaber", "Inhaberin"]],
};

// biome-ignore format: a title table reads better dense
const GERMAN_HEADS: Record<Sector, readonly Title[]> = {
  industry: [["Einkaufsleiter", "Einkaufsleiterin"], ["Leiter Instandhaltung", "Leiterin Instandhaltung"], ["Leiter Konstruktion", "Leiterin Konstruktion"], ["Produktionsleiter", "Produktionsleiterin"]],
  logistics: [["Einkaufsleiter", "Einkaufsleiterin"], ["Leiter Technik", "Leiterin Technik"], ["Niederlassungsleiter", "Niederlassungsleiterin"]],
  utility: [["Leiter Beschaffung", "Leiterin Beschaffung"], ["Leiter Wasserversorgung", "Leiterin Wasserversorgung"], ["Abteilungsleiter Netzbetrieb", "Abteilungsleiterin Netzbetrieb"]],
  health: [["Leiter Einkauf", "Leiterin Einkauf"], ["Leiter Medizintechnik", "Leiterin Medizintechnik"], ["Leiter Haustechnik", "Leiterin Haustechnik"]],
  services: [["Einkaufsleiter", "Einkaufsleiterin"], ["Betriebsleiter", "Betriebsleiterin"], ["Objektleiter", "Objektleiterin"]],
};

// biome-ignore format: a title table reads better dense
const GERMAN_STAFF: readonly Title[] = [
  ["Strategischer Einkäufer", "Strategische Einkäuferin"], ["Technischer Einkäufer", "Technische Einkäuferin"],
  ["Projektingenieur", "Projektingenieurin"], ["Instandhaltungsmeister", "Instandhaltungsmeisterin"],
  ["Energiemanager", "Energiemanagerin"], ["Qualitätsmanager", "Qualitätsmanagerin"],
  ["Lagerleiter", "Lagerleiterin"], ["Assistent der Geschäftsführung", "Assistentin der Geschäftsführung"],
  ["Sachbearbeiter Einkauf", "Sachbearbeiterin Einkauf"], ["Elektrotechniker", "Elektrotechnikerin"],
];

const ENGLISH_TOP = ["Managing Director", "Operations Director", "Chief Executive Officer", "Plant Director"];
const ENGLISH_HEADS = [
  "Head of Procurement",
  "Head of Engineering",
  "Plant Manager",
  "Maintenance Manager",
  "Head of Estates",
];
// biome-ignore format: a title table reads better dense
const ENGLISH_STAFF = ["Senior Buyer", "Category Manager", "Maintenance Engineer", "Project Engineer", "Facilities Manager", "Procurement Specialist", "Executive Assistant"];

export function pickJobTitle(
  rng: Rng,
  options: { rank: number; sector: Sector; german: boolean; gender: Gender },
) {
  const { rank, sector, german, gender } = options;
  if (!german) return rng.pick(rank === 0 ? ENGLISH_TOP : rank === 1 ? ENGLISH_HEADS : ENGLISH_STAFF);
  const pool = rank === 0 ? GERMAN_TOP[sector] : rank === 1 ? GERMAN_HEADS[sector] : GERMAN_STAFF;
  const title = rng.pick(pool);
  return gender === "f" ? title[1] : title[0];
}

/** Rank of the n-th contact at an account: one top, one or two heads, the rest staff. */
export function rankAt(position: number, companySize: number): number {
  if (position === 0) return 0;
  if (position === 1 || (position === 2 && companySize >= 6)) return 1;
  return 2;
}
