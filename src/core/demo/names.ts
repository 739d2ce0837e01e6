import type { Rng } from "./random.ts";

// Name pools for a German-speaking sales territory: mostly German names (with the umlauts and ß
// that search and sorting must handle), names of families with Turkish, Polish, Italian and Greek
// roots as they appear in German firms, and English and Dutch names for the international accounts.

export type Gender = "f" | "m";
export type Region = "de" | "uk" | "us" | "nl";

// biome-ignore format: a name table reads better dense
const GERMAN_FIRST = {
  f: [
    "Anna", "Katrin", "Sabine", "Petra", "Claudia", "Julia", "Lena", "Sandra", "Nicole", "Stefanie",
    "Andrea", "Birgit", "Ute", "Jana", "Miriam", "Franziska", "Änne", "Jördis", "Maren", "Silke",
    "Heike", "Doris", "Tanja", "Carina", "Bärbel", "Kerstin", "Christiane", "Susanne", "Melanie", "Nadine",
  ],
  m: [
    "Jürgen", "Thomas", "Michael", "Andreas", "Stefan", "Frank", "Markus", "Klaus", "Uwe", "Jörg",
    "Björn", "Sören", "Matthias", "Tobias", "Jan", "Florian", "Christian", "Dirk", "Holger", "Ralf",
    "Bernd", "Günter", "Wolfgang", "Lars", "Kai", "Jens", "Torsten", "Hans-Peter", "Rüdiger", "Till",
  ],
} as const;

// biome-ignore format: a name table reads better dense
const GERMAN_LAST = [
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
  "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
  "Braun", "Krüger", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler",
  "Maier", "Groß", "Weiß", "Jäger", "Böhm", "Kühn", "Vogel", "Günther", "Förster", "Lührs",
  "Brückner", "Dietrich", "Seidel", "Heinrich", "Brandt", "Haas", "Schuster", "Kraus", "Böttcher", "Thießen",
] as const;

/** Families with roots elsewhere keep first and last names of one origin. */
// biome-ignore format: a name table reads better dense
const HERITAGE: ReadonlyArray<{ f: readonly string[]; m: readonly string[]; last: readonly string[] }> = [
  { f: ["Özlem", "Ayşe", "Elif", "Zeynep"], m: ["Ömer", "Mehmet", "Murat", "Can"], last: ["Yılmaz", "Kaya", "Demir", "Öztürk", "Şahin"] },
  { f: ["Małgorzata", "Agnieszka", "Zofia"], m: ["Łukasz", "Paweł", "Piotr"], last: ["Nowak", "Kowalski", "Wiśniewski"] },
  { f: ["Giulia", "Francesca"], m: ["Marco", "Luca"], last: ["Rossi", "Esposito", "Romano"] },
  { f: ["Eleni", "Sofia"], m: ["Nikos", "Dimitrios"], last: ["Papadopoulos", "Georgiou"] },
  { f: ["Dragana", "Jelena"], m: ["Goran", "Milan"], last: ["Jovanović", "Petrović"] },
];

// biome-ignore format: a name table reads better dense
const ENGLISH_FIRST = {
  f: ["Sarah", "Emma", "Olivia", "Rachel", "Claire", "Jennifer", "Laura", "Megan", "Hannah", "Chloe"],
  m: ["James", "Oliver", "David", "Michael", "Daniel", "Robert", "Matthew", "Tom", "Ryan", "Andrew"],
} as const;

// biome-ignore format: a name table reads better dense
const ENGLISH_LAST = [
  "Smith", "Johnson", "Thompson", "Clarke", "Walker", "Hughes", "O'Connor", "Patel", "Evans", "Robinson",
  "Murphy", "Bennett", "Carter", "Wright", "Mitchell", "Turner", "Kowalczyk", "Nguyen", "Ramirez", "Foster",
] as const;

// biome-ignore format: a name table reads better dense
const DUTCH_FIRST = {
  f: ["Sanne", "Femke", "Lieke", "Anouk", "Marieke", "Eva"],
  m: ["Pieter", "Joost", "Daan", "Sjoerd", "Bram", "Maarten"],
} as const;

// biome-ignore format: a name table reads better dense
const DUTCH_LAST = ["de Vries", "van Dijk", "Bakker", "Jansen", "Visser", "Smit", "de Jong", "van den Berg"] as const;

// biome-ignore format: a name table reads better dense
const CHILD_FIRST = {
  de: {
    f: ["Mia", "Emma", "Hanna", "Lea", "Sophie", "Lina", "Marie", "Clara", "Ida", "Lotta"],
    m: ["Paul", "Ben", "Leon", "Finn", "Jonas", "Elias", "Noah", "Felix", "Luis", "Anton"],
  },
  en: {
    f: ["Lily", "Grace", "Ella", "Isla", "Amelia", "Freya"],
    m: ["Jack", "Harry", "Charlie", "Leo", "George", "Max"],
  },
} as const;

export interface PersonName {
  firstName: string;
  lastName: string;
  gender: Gender;
}

export function pickName(rng: Rng, region: Region): PersonName {
  const gender: Gender = rng.chance(0.42) ? "f" : "m";
  return { gender, ...pickNameOf(rng, region, gender) };
}

function pickNameOf(rng: Rng, region: Region, gender: Gender): { firstName: string; lastName: string } {
  if (region === "nl" && rng.chance(0.75)) {
    return { firstName: rng.pick(DUTCH_FIRST[gender]), lastName: rng.pick(DUTCH_LAST) };
  }
  if (region !== "de") {
    return { firstName: rng.pick(ENGLISH_FIRST[gender]), lastName: rng.pick(ENGLISH_LAST) };
  }
  if (rng.chance(0.12)) {
    const origin = rng.pick(HERITAGE);
    return { firstName: rng.pick(origin[gender]), lastName: rng.pick(origin.last) };
  }
  return { firstName: rng.pick(GERMAN_FIRST[gender]), lastName: rng.pick(GERMAN_LAST) };
}

/** A partner's first name; the opposite gender most of the time, not always. */
export function pickPartnerName(rng: Rng, region: Region, of: Gender): { firstName: string; gender: Gender } {
  const gender: Gender = rng.chance(0.92) ? (of === "f" ? "m" : "f") : of;
  return { gender, firstName: pickNameOf(rng, region, gender).firstName };
}

export function pickChildName(rng: Rng, region: Region): { firstName: string; gender: Gender } {
  const gender: Gender = rng.chance(0.5) ? "f" : "m";
  return { gender, firstName: rng.pick(CHILD_FIRST[region === "de" ? "de" : "en"][gender]) };
}

// biome-ignore format: a name table reads better dense
const TRANSLITERATION: Record<string, string> = {
  ä: "ae", ö: "oe", ü: "ue", ß: "ss", ı: "i", ş: "s", ğ: "g", ç: "c", ł: "l", ś: "s", ć: "c", ń: "n",
};

/** The ASCII local part of a work email: "Jürgen Groß" → "juergen.gross". */
export function emailLocalPart(firstName: string, lastName: string): string {
  const ascii = (text: string) =>
    text
      .toLowerCase()
      .replace(/[äöüßışğçłśćń]/g, (ch) => TRANSLITERATION[ch] ?? ch)
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .replace(/[^a-z0-9-]/g, "");
  return `${ascii(firstName)}.${ascii(lastName)}`;
}
