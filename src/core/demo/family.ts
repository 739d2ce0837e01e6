import { addDays, daysInMonth, type IsoDate } from "../dates.ts";
import type { Birthday } from "../model/person.ts";
import { birthdayInDays } from "./birthday.ts";
import type { CastFamilyMember } from "./cast.ts";
import type { FactSeed } from "./fact-seeds.ts";
import { type Gender, pickChildName, pickPartnerName, type Region } from "./names.ts";
import type { DemoPerson, DemoRelation } from "./plan.ts";
import type { Rng } from "./random.ts";

// Family members a contact has told about: known by name and birthday only, never customers
// themselves (isContact false), linked as partner or child, and the source of family facts.

export type FamilyMember = CastFamilyMember;

export interface Family {
  people: DemoPerson[];
  relations: DemoRelation[];
}

export function drawFamily(
  rng: Rng,
  options: { region: Region; gender: Gender; age: number },
): FamilyMember[] {
  const members: FamilyMember[] = [];
  if (rng.chance(0.7)) {
    const partner = pickPartnerName(rng, options.region, options.gender);
    members.push({ ...partner, relation: "partner", age: options.age + rng.int(-4, 4) });
  }
  const children =
    options.age < 30
      ? 0
      : rng.weighted([
          [0, 2],
          [1, 4],
          [2, 4],
        ] as const);
  const oldest = Math.min(27, options.age - 26);
  for (let i = 0; i < children; i++) {
    members.push({
      ...pickChildName(rng, options.region),
      relation: "child",
      age: rng.int(1, Math.max(1, oldest)),
    });
  }
  return members;
}

/** The family members as people, linked to the contact; each was learned of on `learnedOn[i]`. */
export function buildFamily(
  rng: Rng,
  options: { contact: DemoPerson; members: readonly FamilyMember[]; today: IsoDate; learnedOn: IsoDate[] },
): Family {
  const { contact, members, today } = options;
  const family: Family = { people: [], relations: [] };
  members.forEach((member, index) => {
    const key = `${contact.key}-f${index + 1}`;
    const lastName = member.relation === "partner" && rng.chance(0.2) ? "" : contact.lastName;
    family.people.push({
      key,
      companyKey: null,
      firstName: member.firstName,
      lastName,
      jobTitle: null,
      isContact: false,
      channels: [],
      birthday: birthdayOf(rng, member, today),
      notes: null,
      tags: [],
      photoUrl: null,
      howWeMet: null,
      knownSince: null,
      stance: "befriend",
      stanceReason: null,
      stage: "business_contact",
      stageHistory: [{ stage: "business_contact", on: options.learnedOn[index] ?? today }],
      addressForm: "sie",
      addressFormSince: null,
      addressFormOfferedBy: null,
      importance: 4,
      cadenceDays: null,
      isPublicOfficial: false,
    });
    family.relations.push({ personKey: contact.key, relatedPersonKey: key, kind: member.relation });
  });
  return family;
}

/** One family fact per member, in the order of the members. */
export function familyFacts(rng: Rng, members: readonly FamilyMember[], today: IsoDate, german: boolean) {
  return members.map((member) => familyFact(rng, member, today, german));
}

function birthdayOf(rng: Rng, member: FamilyMember, today: IsoDate): Birthday {
  const year = Number(today.slice(0, 4));
  if (member.birthdayInDays !== undefined) {
    const birthYear = Number(addDays(today, member.birthdayInDays).slice(0, 4)) - member.age;
    return birthdayInDays(today, member.birthdayInDays, birthYear);
  }
  const month = rng.int(1, 12);
  const birthYear = year - member.age;
  return { day: rng.int(1, daysInMonth(month, birthYear)), month, year: birthYear };
}

const PARTNER_JOBS = {
  de: {
    f: ["Lehrerin", "Architektin", "Steuerberaterin", "Erzieherin", "Ingenieurin", "Apothekerin"],
    m: ["Lehrer", "Architekt", "Steuerberater", "Erzieher", "Ingenieur", "Apotheker"],
  },
  en: ["a teacher", "an architect", "an accountant", "a nurse", "an engineer", "a pharmacist"],
} as const;

function familyFact(rng: Rng, member: FamilyMember, today: IsoDate, german: boolean): FactSeed {
  const topic = familyTopic(member);
  const seed = (text: string, refersTo: IsoDate | null = null): FactSeed => ({
    category: "family",
    text,
    topic,
    refersTo,
    loop: null,
  });
  if (member.relation === "partner") {
    const pronoun = member.gender === "f" ? "sie" : "er";
    return german
      ? seed(
          `Verheiratet mit ${member.firstName}, ${pronoun} ist ${rng.pick(PARTNER_JOBS.de[member.gender])}`,
        )
      : seed(`Married to ${member.firstName}, ${rng.pick(PARTNER_JOBS.en)}`);
  }
  const child = german
    ? member.gender === "f"
      ? "Tochter"
      : "Sohn"
    : member.gender === "f"
      ? "Daughter"
      : "Son";
  if (member.age <= 4) {
    return seed(
      german
        ? `${child} ${member.firstName} geht seit Kurzem in die Kita`
        : `${child} ${member.firstName} has just started nursery`,
    );
  }
  if (member.age <= 6) {
    const year = Number(today.slice(0, 4)) + (today.slice(5, 7) >= "09" ? 1 : 0);
    const firstDay = `${year}-09-07`;
    return seed(
      german
        ? `${child} ${member.firstName} kommt im September in die Schule`
        : `${child} ${member.firstName} starts school in September`,
      firstDay,
    );
  }
  if (member.age <= 16) {
    return seed(
      german
        ? `${child} ${member.firstName} spielt Handball im Verein`
        : `${child} ${member.firstName} plays in a youth football team`,
    );
  }
  if (member.age <= 18) {
    return seed(
      german
        ? `${child} ${member.firstName} macht im Frühjahr Abitur`
        : `${child} ${member.firstName} sits A-levels next summer`,
    );
  }
  return seed(
    german
      ? `${child} ${member.firstName} studiert Maschinenbau in Aachen`
      : `${child} ${member.firstName} is studying engineering in Manchester`,
    null,
  );
}

function familyTopic(member: FamilyMember): { de: string; en: string } {
  const female = member.gender === "f";
  if (member.relation === "partner") {
    return female
      ? { de: `Ehefrau ${member.firstName}`, en: `wife ${member.firstName}` }
      : { de: `Ehemann ${member.firstName}`, en: `husband ${member.firstName}` };
  }
  return female
    ? { de: `Tochter ${member.firstName}`, en: `daughter ${member.firstName}` }
    : { de: `Sohn ${member.firstName}`, en: `son ${member.firstName}` };
}
