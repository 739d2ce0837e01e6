import type { Region } from "./names.ts";
import type { DemoCompany } from "./plan.ts";

// The accounts of the demo salesperson, who sells pumps, drives and service contracts: German
// Mittelstand manufacturers, Stadtwerke and Kliniken (which buy by tender), two accounts in Austria
// and Switzerland and a few in the UK, the US and the Netherlands. All names are invented.

/** Who buys how: decides job titles, topics and tags. */
export type Sector = "industry" | "logistics" | "utility" | "health" | "services";

/** A-accounts matter most; C-accounts are small. */
export type Tier = "A" | "B" | "C";

export interface CompanyProfile {
  name: string;
  industry: string;
  city: string;
  domain: string;
  region: Region;
  sector: Sector;
  tier: Tier;
  /** Typical number of contacts there. */
  size: number;
  /** Country and area code of the switchboard. */
  phonePrefix: string;
  notes: string | null;
  /**
   * Owned by a municipality, a district or the state: its staff count as public officials for gifts
   * and invitations (§ 11 StGB; the UK Bribery Act for the NHS trust). Here that is every Stadtwerk,
   * the Wasserverband and the Kliniken; Northbridge Water is a private plc.
   */
  publicSector: boolean;
}

const c = (
  name: string,
  industry: string,
  city: string,
  domain: string,
  sector: Sector,
  tier: Tier,
  size: number,
  phonePrefix: string,
  region: Region = "de",
  notes: string | null = null,
): CompanyProfile => ({
  name,
  industry,
  city,
  domain,
  region,
  sector,
  tier,
  size,
  phonePrefix,
  notes,
  publicSector: (sector === "utility" || sector === "health") && !name.endsWith(" plc"),
});

// biome-ignore format: a catalogue reads better one row per line
export const COMPANY_CATALOGUE: readonly CompanyProfile[] = [
  c("Hansen Logistik GmbH", "Logistik", "Hamburg", "hansen-logistik.de", "logistics", "A", 9, "+49 40", "de", "Rahmenvertrag Antriebe für die Fördertechnik in drei Lagern; Verlängerung steht 2027 an."),
  c("Brenner Maschinenbau AG", "Maschinenbau", "Ulm", "brenner-maschinenbau.de", "industry", "A", 9, "+49 731", "de", "Größter OEM-Kunde: Pumpen als Komponenten in Reinigungsanlagen."),
  c("Stadtwerke Elbtal", "Energie- und Wasserversorgung", "Dresden", "stadtwerke-elbtal.de", "utility", "A", 8, "+49 351", "de", "Pumpentechnik wird alle vier Jahre europaweit ausgeschrieben."),
  c("Klinikum Am Lindenpark", "Krankenhaus", "Bielefeld", "klinikum-lindenpark.de", "health", "A", 6, "+49 521", "de", "Haustechnik (Heizung, Kälte, Trinkwasser) über Ausschreibungen; Wartungsvertrag bis 2027."),
  c("Kreiskliniken Oberland gGmbH", "Krankenhaus", "Weilheim", "kreiskliniken-oberland.de", "health", "B", 5, "+49 881"),
  c("Stadtwerke Lahnau", "Energieversorgung", "Gießen", "stadtwerke-lahnau.de", "utility", "B", 5, "+49 641"),
  c("Wasserverband Mittlere Ruhr", "Wasserwirtschaft", "Essen", "wv-mittlere-ruhr.de", "utility", "B", 5, "+49 201"),
  c("Kessler Kunststofftechnik GmbH", "Kunststoffverarbeitung", "Lüdenscheid", "kessler-kunststoff.de", "industry", "B", 5, "+49 2351"),
  c("Großmann Lebensmittelwerke GmbH & Co. KG", "Lebensmittel", "Oldenburg", "grossmann-lebensmittel.de", "industry", "A", 7, "+49 441"),
  c("Albrecht Papierfabrik GmbH", "Papier", "Düren", "albrecht-papier.de", "industry", "B", 5, "+49 2421"),
  c("Privatbrauerei Seitz KG", "Brauerei", "Bamberg", "brauerei-seitz.de", "industry", "C", 3, "+49 951"),
  c("Schäfer Fördertechnik GmbH", "Fördertechnik", "Siegen", "schaefer-foerdertechnik.de", "industry", "B", 5, "+49 271"),
  c("Neumann Automotive Components GmbH", "Automobilzulieferer", "Zwickau", "neumann-components.de", "industry", "A", 6, "+49 375"),
  c("Weber Spezialchemie AG", "Chemie", "Ludwigshafen", "weber-spezialchemie.de", "industry", "A", 6, "+49 621"),
  c("Krüger Bau GmbH", "Bau", "Hannover", "krueger-bau.de", "services", "C", 3, "+49 511"),
  c("Hofmann Facility Services GmbH", "Facility Management", "Frankfurt am Main", "hofmann-facility.de", "services", "B", 5, "+49 69"),
  c("Hotel Seeblick Konstanz GmbH", "Hotellerie", "Konstanz", "seeblick-konstanz.de", "services", "C", 3, "+49 7531"),
  c("Landtechnik Vogel GmbH", "Landtechnik", "Osnabrück", "landtechnik-vogel.de", "industry", "B", 4, "+49 541"),
  c("Zimmermann Druckguss GmbH", "Metallverarbeitung", "Heilbronn", "zimmermann-druckguss.de", "industry", "B", 4, "+49 7131"),
  c("Hafenbetriebe Wismar GmbH", "Hafenlogistik", "Wismar", "hafen-wismar.de", "logistics", "B", 4, "+49 3841"),
  c("Kühn Kältetechnik GmbH", "Kältetechnik", "Leipzig", "kuehn-kaelte.de", "services", "C", 3, "+49 341"),
  c("Klinikum Nordheide gGmbH", "Krankenhaus", "Buchholz in der Nordheide", "klinikum-nordheide.de", "health", "B", 5, "+49 4181"),
  c("Stadtwerke Mainbogen", "Energieversorgung", "Würzburg", "stadtwerke-mainbogen.de", "utility", "B", 4, "+49 931"),
  c("Lange Textilveredlung GmbH", "Textil", "Mönchengladbach", "lange-textil.de", "industry", "C", 3, "+49 2161"),
  c("Becker Pharmalogistik GmbH", "Pharmalogistik", "Mannheim", "becker-pharmalogistik.de", "logistics", "B", 4, "+49 621"),
  c("Richter Verpackungen GmbH", "Verpackung", "Kassel", "richter-verpackungen.de", "industry", "B", 4, "+49 561"),
  c("Wolf Glaswerke AG", "Glas", "Jena", "wolf-glaswerke.de", "industry", "B", 5, "+49 3641"),
  c("Jäger Holzwerk GmbH", "Holzverarbeitung", "Freiburg im Breisgau", "jaeger-holzwerk.de", "industry", "C", 3, "+49 761"),
  c("Seidel Umwelttechnik GmbH", "Umwelttechnik", "Magdeburg", "seidel-umwelttechnik.de", "services", "C", 3, "+49 391"),
  c("Brandt Agrarhandel eG", "Agrarhandel", "Kiel", "brandt-agrar.de", "services", "C", 3, "+49 431"),
  c("Alpenmilch Salzkammergut GmbH", "Molkerei", "Gmunden", "alpenmilch-skg.at", "industry", "B", 4, "+43 7612", "de"),
  c("Huber Präzisionstechnik AG", "Präzisionsmechanik", "Winterthur", "huber-praezision.ch", "industry", "B", 4, "+41 52", "de"),
  c("Whitfield Engineering Ltd", "Engineering", "Sheffield", "whitfield-engineering.co.uk", "industry", "B", 5, "+44 114", "uk", "Buys skid-mounted pump units for export projects."),
  c("Northbridge Water plc", "Water utility", "Leeds", "northbridge-water.co.uk", "utility", "B", 4, "+44 113", "uk"),
  c("Harrow & Finch Packaging Ltd", "Packaging", "Birmingham", "harrowfinch.co.uk", "industry", "C", 3, "+44 121", "uk"),
  c("Westbrook Hospitals NHS Trust", "Hospital", "Reading", "westbrook-hospitals.nhs.uk", "health", "C", 3, "+44 118", "uk"),
  c("Carter Industrial Supply Inc.", "Industrial distribution", "Chicago", "carterindustrial.com", "services", "B", 4, "+1 312", "us"),
  c("Meridian Plastics LLC", "Plastics", "Cleveland", "meridianplastics.com", "industry", "C", 3, "+1 216", "us"),
  c("Van Dijk Logistics B.V.", "Logistics", "Rotterdam", "vandijk-logistics.nl", "logistics", "B", 5, "+31 10", "nl"),
  c("Bakker Food Processing B.V.", "Food processing", "Eindhoven", "bakkerfood.nl", "industry", "C", 3, "+31 40", "nl"),
];

export function companyKey(index: number): string {
  return `c${String(index + 1).padStart(2, "0")}`;
}

export function toDemoCompany(profile: CompanyProfile, index: number): DemoCompany {
  return {
    key: companyKey(index),
    name: profile.name,
    website: `https://www.${profile.domain}`,
    industry: profile.industry,
    city: profile.city,
    notes: profile.notes,
  };
}

/** Whether texts about this account are written in German (the salesperson's notes follow the customer). */
export function speaksGerman(profile: CompanyProfile): boolean {
  return profile.region === "de";
}
