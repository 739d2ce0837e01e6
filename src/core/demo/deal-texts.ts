import type { OutcomeReason } from "../vocabulary.ts";
import type { Sector } from "./companies.ts";
import type { Rng } from "./random.ts";

// What the salesperson writes on a deal: its title and, when it is decided, a line on why. Written
// in the customer's language, like the conversation notes.

const TITLES_DE: Record<Sector, readonly string[]> = {
  industry: [
    "Ersatz Kühlwasserpumpen Halle {n}",
    "Retrofit Frequenzumrichter Linie {n}",
    "Servicevertrag Pumpen und Antriebe",
    "Dosierpumpen für die neue Reinigungsanlage",
    "Energieeffizienz-Check Pumpensysteme",
    "Antriebspaket Erweiterung Werk {n}",
  ],
  logistics: [
    "Antriebe für die Fördertechnik Lager {n}",
    "Servicevertrag Fördertechnik-Antriebe",
    "Retrofit Getriebemotoren Sorter {n}",
    "Ersatzteilpaket Antriebe",
  ],
  utility: [
    "Tauchmotorpumpen Pumpwerk {n}",
    "Ersatz Rohwasserpumpen (Direktauftrag)",
    "Servicevertrag Druckerhöhungsanlagen",
    "Frequenzumrichter Brunnenpumpen",
  ],
  health: [
    "Trinkwasser-Zirkulationspumpen Haus {n}",
    "Kaltwassersatz-Pumpen Rechenzentrum",
    "Wartung Heizungspumpen (Direktauftrag)",
  ],
  services: [
    "Pumpentausch Objekt {n}",
    "Rahmenvertrag Ersatzpumpen",
    "Servicevertrag Haustechnik-Pumpen",
    "Hebeanlagen für das Neubauprojekt",
  ],
};

const TITLES_EN: Record<Sector, readonly string[]> = {
  industry: [
    "Cooling water pump replacement, hall {n}",
    "Drive retrofit, line {n}",
    "Pump and drive service contract",
    "Skid-mounted pump units, project {n}",
    "Pump system energy audit",
  ],
  logistics: ["Conveyor drives, warehouse {n}", "Drive service contract", "Sorter gear motor retrofit"],
  utility: ["Submersible pumps, pumping station {n}", "Borehole pump drives", "Booster set service contract"],
  health: ["Chilled water pumps, block {n}", "Heating pump maintenance"],
  services: [
    "Replacement pump framework agreement",
    "Pump swap, site {n}",
    "Building services pump contract",
  ],
};

export function pickDealTitle(rng: Rng, sector: Sector, german: boolean): string {
  const title = rng.pick((german ? TITLES_DE : TITLES_EN)[sector]);
  return title.replace("{n}", String(rng.int(1, 4)));
}

const NOTES_DE: Record<"won" | "lost", Record<OutcomeReason, readonly string[]>> = {
  won: {
    relationship: [
      "Das Vertrauen aus der langen Zusammenarbeit gab den Ausschlag – kein Vergleichsangebot eingeholt.",
      "Hat uns früh in die Planung geholt; am Ende war es eine reine Formsache.",
    ],
    product: [
      "Technisch überzeugt: geringere Energiekosten über die Laufzeit.",
      "Die Pumpenkennlinie passte als einzige ohne Umbau.",
    ],
    price: ["Unser Angebot war das günstigste.", "Mit dem Rahmenrabatt knapp vor dem Wettbewerb."],
    timing: ["Als Einzige kurzfristig lieferfähig.", "Lieferung vor dem Stillstand im Sommer zugesagt."],
    other: [
      "Empfehlung aus dem Schwesterwerk.",
      "Unsere Pumpen sind seit der letzten Baureihe in der Konstruktion gesetzt.",
    ],
  },
  lost: {
    relationship: [
      "Der Bestandslieferant hat den besseren Draht zur Geschäftsführung.",
      "Entscheidung fiel im kleinen Kreis – wir kannten dort niemanden gut genug.",
    ],
    product: ["Die geforderte ATEX-Zulassung konnten wir nicht bieten."],
    price: [
      "Ein Mitbewerber war rund {p} % günstiger.",
      "Trotz gutem Verhältnis: Der Konzerneinkauf hat über den Preis entschieden ({p} % Differenz).",
    ],
    timing: ["Projekt auf nächstes Jahr verschoben.", "Budget wurde kurzfristig umgeschichtet."],
    other: ["Investition intern gestoppt.", "Die Anlage wird stillgelegt statt erneuert."],
  },
};

const NOTES_EN: Record<"won" | "lost", Record<OutcomeReason, readonly string[]>> = {
  won: {
    relationship: [
      "Years of trust decided it – they did not ask for competing quotes.",
      "Brought us into the planning early; the order was a formality in the end.",
    ],
    product: ["Won on the technology: lower energy costs over the lifetime."],
    price: ["Ours was the lowest bid."],
    timing: ["The only supplier able to deliver at short notice."],
    other: ["Recommended by their sister plant."],
  },
  lost: {
    relationship: ["The incumbent has the better rapport with management."],
    product: ["We could not offer the required ATEX certification."],
    price: [
      "A competitor came in about {p} % cheaper.",
      "Good rapport, but group procurement decided on price ({p} % gap).",
    ],
    timing: ["Project postponed to next year."],
    other: ["Investment stopped internally."],
  },
};

export function writeOutcomeNote(
  rng: Rng,
  outcome: { status: "won" | "lost"; reason: OutcomeReason },
  german: boolean,
): string {
  const note = rng.pick((german ? NOTES_DE : NOTES_EN)[outcome.status][outcome.reason]);
  return note.replace("{p}", String(rng.int(4, 12)));
}
