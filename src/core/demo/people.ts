import { addDays, daysInMonth, type IsoDate } from "../dates.ts";
import type { Birthday } from "../model/person.ts";
import { type Importance, type Party, STAGES, type Stage, type Stance } from "../vocabulary.ts";
import { birthdayInDays } from "./birthday.ts";
import { type CastMember, castAt, personKey } from "./cast.ts";
import { drawChannels } from "./channels.ts";
import { type CompanyProfile, companyKey, speaksGerman } from "./companies.ts";
import { formatDay } from "./format-day.ts";
import { pickJobTitle, rankAt } from "./job-titles.ts";
import { planDuDay, planStageHistory } from "./journey.ts";
import { type Gender, pickName } from "./names.ts";
import type { DemoPerson } from "./plan.ts";
import { profileOf, type RelationshipProfile } from "./profiles.ts";
import type { Rng } from "./random.ts";
import { writeStanceReason } from "./stance-reasons.ts";

// The contacts at one account. Stance and stage are drawn first, and everything else follows from
// them: how long they have known each other, the Du, importance — and later the interactions.

export interface ContactDraft {
  person: DemoPerson;
  position: number;
  rank: number;
  gender: Gender;
  age: number;
  german: boolean;
  profile: RelationshipProfile;
  cast: CastMember | undefined;
}

/** Stage odds for befriend contacts by rank (top, heads, staff): most stay business contacts. */
const STAGE_WEIGHTS: Record<number, ReadonlyArray<readonly [Stage, number]>> = {
  0: [
    ["business_contact", 45],
    ["acquaintance", 30],
    ["trust", 17],
    ["friendship", 8],
  ],
  1: [
    ["business_contact", 35],
    ["acquaintance", 30],
    ["trust", 22],
    ["friendship", 13],
  ],
  2: [
    ["business_contact", 55],
    ["acquaintance", 27],
    ["trust", 13],
    ["friendship", 5],
  ],
};

const CADENCES_BY_HAND = [21, 30, 45, 60, 90] as const;

export function draftContacts(
  rng: Rng,
  options: { company: CompanyProfile; index: number; today: IsoDate },
): ContactDraft[] {
  const { company, index, today } = options;
  const size = company.size + rng.int(0, 1);
  const german = speaksGerman(company);
  const drafts: ContactDraft[] = [];
  const usedLastNames = new Set<string>();
  for (let position = 0; position < size; position++) {
    const prng = rng.fork(`person/${position}`);
    const cast = castAt(index, position);
    let name = cast ?? pickName(prng, company.region);
    for (let retry = 0; !cast && retry < 5 && usedLastNames.has(name.lastName); retry++) {
      name = pickName(prng, company.region);
    }
    usedLastNames.add(name.lastName);
    const rank = rankAt(position, size);
    const { stance, stage } = cast ?? drawStanding(prng, rank, german);
    const profile: RelationshipProfile = { ...profileOf(stance, stage), ...cast?.profile };
    const knownSince = addDays(today, -(cast?.knownSinceDays ?? prng.int(...profile.knownSinceDays)));
    const stageHistory = planStageHistory(prng, stage, knownSince, today);
    const du = drawDu(prng, { cast, stage, stance, german });
    const age = prng.int(28, 63);
    const metAt = drawHowWeMet(prng, german, knownSince);
    const person: DemoPerson = {
      key: personKey(index, position),
      companyKey: companyKey(index),
      firstName: name.firstName,
      lastName: name.lastName,
      jobTitle:
        cast?.jobTitle ?? pickJobTitle(prng, { rank, sector: company.sector, german, gender: name.gender }),
      isContact: true,
      channels: drawChannels(prng, { company, firstName: name.firstName, lastName: name.lastName }),
      birthday: drawBirthday(prng, { cast, age, today }),
      notes: rank <= 1 && prng.chance(0.2) ? prng.pick(german ? NOTES_DE : NOTES_EN) : null,
      tags: drawTags({ company, rank, german, metAtFair: metAt.fair }),
      photoUrl: null,
      howWeMet: metAt.text,
      knownSince,
      stance,
      stanceReason: drawStanceReason(prng, { cast, stance, today, german, gender: name.gender }),
      stage,
      stageHistory,
      addressForm: du ? "du" : "sie",
      addressFormSince: du ? planDuDay(prng, stageHistory, today) : null,
      addressFormOfferedBy: du,
      importance: cast?.importance ?? drawImportance(prng, company, rank, stage),
      cadenceDays: cast?.cadenceDays ?? (prng.chance(0.025) ? prng.pick(CADENCES_BY_HAND) : null),
      isPublicOfficial: company.publicSector,
    };
    drafts.push({ person, position, rank, gender: name.gender, age, german, profile, cast });
  }
  return drafts;
}

function drawStanding(rng: Rng, rank: number, german: boolean): { stance: Stance; stage: Stage } {
  const stance = rng.weighted<Stance>([
    ["befriend", 92],
    ["keep_professional", 4.5],
    ["caution", 2.5],
  ]);
  if (stance !== "befriend") {
    return {
      stance,
      stage: rng.chance(stance === "caution" ? 0.25 : 0.3) ? "acquaintance" : "business_contact",
    };
  }
  const stage = rng.weighted(STAGE_WEIGHTS[rank] ?? STAGE_WEIGHTS[2] ?? []);
  // English has no Sie and Du, and the demo keeps friendships to where the evidence can show one.
  return { stance, stage: !german && stage === "friendship" ? "trust" : stage };
}

function drawDu(
  rng: Rng,
  options: { cast: CastMember | undefined; stage: Stage; stance: Stance; german: boolean },
): Party | null {
  const { cast, stage, stance, german } = options;
  if (cast) return cast.du?.offeredBy ?? null;
  if (!german || stance !== "befriend") return null;
  const odds = { business_contact: 0, acquaintance: 0.05, trust: 0.35, friendship: 1 }[stage];
  if (!rng.chance(odds)) return null;
  return rng.chance(0.75) ? "them" : "me";
}

function drawBirthday(
  rng: Rng,
  options: { cast: CastMember | undefined; age: number; today: IsoDate },
): Birthday | null {
  const pinned = options.cast?.birthday;
  if (pinned) {
    return birthdayInDays(options.today, pinned.inDays, pinned.year);
  }
  if (!rng.chance(0.78)) return null;
  const year = rng.chance(0.4) ? null : Number(options.today.slice(0, 4)) - options.age;
  const month = rng.int(1, 12);
  return { day: rng.int(1, daysInMonth(month, year ?? undefined)), month, year };
}

function drawStanceReason(
  rng: Rng,
  options: { cast: CastMember | undefined; stance: Stance; today: IsoDate; german: boolean; gender: Gender },
): string | null {
  const { cast, stance, today, german, gender } = options;
  if (stance === "befriend") return null;
  if (cast?.stanceReason) {
    const date = formatDay(addDays(today, -cast.stanceReason.daysAgo), german);
    return (german ? cast.stanceReason.de : cast.stanceReason.en).replace("{date}", date);
  }
  return writeStanceReason(rng, { stance, today, german, gender });
}

function drawImportance(rng: Rng, company: CompanyProfile, rank: number, stage: Stage): Importance {
  const base: Importance =
    rank === 0
      ? company.tier === "A"
        ? 1
        : 2
      : rank === 1
        ? company.tier === "A"
          ? rng.chance(0.5)
            ? 1
            : 2
          : company.tier === "B"
            ? 2
            : 3
        : rng.chance(0.4)
          ? 3
          : 4;
  // A close relationship is worth keeping up even with someone junior.
  return STAGES.indexOf(stage) >= 2 && base === 4 ? 3 : base;
}

function drawTags(options: {
  company: CompanyProfile;
  rank: number;
  german: boolean;
  metAtFair: boolean;
}): string[] {
  const { company, rank } = options;
  const tags = [`${company.tier}-Kunde`];
  if (rank <= 1) tags.push("Entscheider");
  if ((company.sector === "utility" || company.sector === "health") && rank <= 1) tags.push("Ausschreibung");
  if (company.region !== "de") tags.push("International");
  if (options.metAtFair) tags.push("Messe");
  return tags;
}

function drawHowWeMet(rng: Rng, german: boolean, knownSince: IsoDate): { text: string; fair: boolean } {
  const year = knownSince.slice(0, 4);
  const fair = rng.chance(0.3);
  if (fair) {
    const name = rng.pick(["Hannover Messe", "IFAT in München", "ACHEMA in Frankfurt"]);
    return {
      fair,
      text: german ? `Auf der ${name} ${year} am Stand kennengelernt` : `Met at our stand at ${name} ${year}`,
    };
  }
  return { fair, text: rng.pick(german ? HOW_WE_MET_DE : HOW_WE_MET_EN).replace("{year}", year) };
}

const HOW_WE_MET_DE = [
  "Über die Ausschreibung {year}",
  "Kaltakquise am Telefon, {year}",
  "Hat {year} die Nachfolge des früheren Ansprechpartners übernommen",
  "Empfehlung eines Kollegen aus dem Haus, {year}",
  "Anfrage über unsere Website, {year}",
  "Beim Branchentreff des VDMA {year}",
];

const HOW_WE_MET_EN = [
  "Through the {year} tender",
  "Inbound enquiry through our website, {year}",
  "Took over from our previous contact in {year}",
  "Introduced by a colleague, {year}",
];

const NOTES_DE = [
  "Entscheidet Investitionen über 50.000 € gemeinsam mit der Geschäftsführung.",
  "Bevorzugt Termine vor Ort, ungern per Video.",
  "Budgetplanung läuft jedes Jahr im Oktober – vorher Angebote platzieren.",
  "Braucht für jede Bestellung drei Vergleichsangebote.",
];

const NOTES_EN = [
  "Signs off all purchases above £40k.",
  "Budget planning happens in October – get offers in before then.",
  "Prefers on-site meetings to video calls.",
];
