import type { Localized } from "../locale.ts";
import type { InteractionKind } from "../vocabulary.ts";
import type { Sector } from "./companies.ts";
import type { Rng } from "./random.ts";

// What the salesperson notes after a conversation: the business topic, and for personal ones what
// else was talked about. Written in the customer's language, as notes usually are.

// biome-ignore format: a topic table reads better dense
const BUSINESS_TOPICS: Record<Sector, readonly Localized[]> = {
  industry: [
    { de: "Rahmenvertrag Ersatzteile", en: "the spare-parts framework agreement" },
    { de: "Pumpen für die neue Reinigungsanlage", en: "pumps for the new cleaning line" },
    { de: "Lieferzeiten der Frequenzumrichter", en: "lead times for the frequency converters" },
    { de: "Reklamation eines Motorlagers", en: "a bearing complaint" },
    { de: "Energieeffizienz-Audit der Antriebe", en: "an energy-efficiency audit of the drives" },
    { de: "Preisanpassung zum Jahreswechsel", en: "the price adjustment for the new year" },
  ],
  logistics: [
    { de: "Antriebe für die Fördertechnik im neuen Lager", en: "drives for the new warehouse conveyors" },
    { de: "Wartungsvertrag für die Sortieranlage", en: "the sorter maintenance contract" },
    { de: "Ersatzteilbevorratung vor dem Weihnachtsgeschäft", en: "spare-parts stock before peak season" },
    { de: "Ausfall eines Getriebemotors", en: "a failed gear motor" },
  ],
  utility: [
    { de: "Ausschreibung Pumpentechnik für die Wasserwerke", en: "the pumping tender for the waterworks" },
    { de: "Sanierung der Druckerhöhungsstationen", en: "refurbishing the booster stations" },
    { de: "Wartungsvertrag Pumpwerke", en: "the pumping-station service contract" },
    { de: "Energiekosten der Pumpen im Netz", en: "energy costs of the network pumps" },
  ],
  health: [
    { de: "Wartungsvertrag Heizungs- und Kältetechnik", en: "the heating and cooling service contract" },
    { de: "Ausschreibung Trinkwasserhygiene", en: "the drinking-water hygiene tender" },
    { de: "Notfallbereitschaft der Haustechnik", en: "emergency cover for building services" },
    { de: "Ersatz der Umwälzpumpen im Altbau", en: "replacing circulation pumps in the old wing" },
  ],
  services: [
    { de: "Serviceeinsätze in den Objekten", en: "service call-outs at the sites" },
    { de: "Konditionen für Ersatzpumpen", en: "terms for replacement pumps" },
    { de: "Schulung für die Haustechniker", en: "training for the technicians" },
    { de: "Angebot für die Modernisierung", en: "the modernisation offer" },
  ],
};

// biome-ignore format: a template table reads better dense
const OPENERS: Record<InteractionKind, readonly Localized[]> = {
  meeting: [{ de: "Termin vor Ort: {topic}", en: "On-site meeting: {topic}" }, { de: "Jahresgespräch – {topic}", en: "Annual review – {topic}" }],
  call: [{ de: "Telefonat zu {topic}", en: "Call about {topic}" }, { de: "Kurzer Anruf wegen {topic}", en: "Quick call regarding {topic}" }],
  video: [{ de: "Videocall zu {topic}", en: "Video call on {topic}" }],
  message: [{ de: "Nachricht zu {topic}", en: "Message about {topic}" }],
  email: [{ de: "E-Mail zu {topic}", en: "Email on {topic}" }, { de: "Unterlagen zu {topic} geschickt", en: "Sent documents on {topic}" }],
  event: [{ de: "Kundenevent; am Rande über {topic} gesprochen", en: "Customer event; touched on {topic}" }],
  meal: [{ de: "Mittagessen, dabei {topic} besprochen", en: "Lunch, discussed {topic}" }, { de: "Abendessen nach dem Termin – {topic}", en: "Dinner after the meeting – {topic}" }],
};

const PERSONAL: readonly Localized[] = [
  { de: "Danach länger über {personal} geredet.", en: "Talked at length about {personal} afterwards." },
  { de: "Privat: {personal}.", en: "Personal: {personal}." },
  { de: "Hat von sich aus über {personal} gesprochen.", en: "Brought up {personal} unprompted." },
];

const GENERIC_PERSONAL: readonly Localized[] = [
  { de: "den Urlaub", en: "the holidays" },
  { de: "die Familie", en: "family" },
  { de: "das Wochenende", en: "the weekend" },
];

export function pickBusinessTopic(rng: Rng, sector: Sector): Localized {
  return rng.pick(BUSINESS_TOPICS[sector]);
}

export function writeSummary(
  rng: Rng,
  options: { kind: InteractionKind; topic: Localized; personal: Localized | null; german: boolean },
): string {
  const lang = options.german ? "de" : "en";
  const opener = rng.pick(OPENERS[options.kind])[lang].replace("{topic}", options.topic[lang]);
  if (!options.personal) return `${opener}.`;
  return `${opener}. ${rng.pick(PERSONAL)[lang].replace("{personal}", options.personal[lang])}`;
}

export function pickGenericPersonalTopic(rng: Rng): Localized {
  return rng.pick(GENERIC_PERSONAL);
}

// biome-ignore format: a table reads better dense
const OUTCOMES: readonly Localized[] = [
  { de: "Angebot angefordert", en: "Asked for an offer" },
  { de: "Auftrag über Ersatzteile erteilt", en: "Placed an order for spare parts" },
  { de: "Termin für die Werksbesichtigung vereinbart", en: "Agreed a date for the plant tour" },
  { de: "Kein Bedarf vor dem zweiten Quartal", en: "No need before Q2" },
  { de: "Fordert 3 % Preisnachlass", en: "Wants a 3 % discount" },
  { de: "Entscheidung vertagt", en: "Decision postponed" },
  { de: "Rahmenvertrag um ein Jahr verlängert", en: "Framework agreement extended by a year" },
  { de: "Technische Klärung mit der Instandhaltung nötig", en: "Needs a technical check with maintenance" },
];

const BUSINESS_KINDS: readonly InteractionKind[] = ["meeting", "call", "video", "email"];

/** The business outcome, noted for about a third of the business conversations. */
export function pickOutcome(rng: Rng, kind: InteractionKind, german: boolean): string | null {
  if (!BUSINESS_KINDS.includes(kind) || !rng.chance(0.35)) return null;
  return rng.pick(OUTCOMES)[german ? "de" : "en"];
}
