import type { Localized } from "../../core/locale.ts";
import type { ChannelLabel } from "../../core/vocabulary.ts";
import { KUNDENFREUND_HEADERS } from "./contact-csv-columns.ts";
import { ADDRESS_PARTS, type CsvMapping, emptyMapping, type FieldTarget, targetOf } from "./field-targets.ts";
import type { DateOrder } from "./parse-flexible-date.ts";

export const CSV_PRESET_IDS = [
  "kundenfreund",
  "google",
  "outlook",
  "outlook_de",
  "hubspot",
  "pipedrive",
  "salesforce",
  "linkedin",
  "generic",
] as const;
export type CsvPresetId = (typeof CSV_PRESET_IDS)[number];

/** A rule maps a header (matched case-insensitively) to a target; `$1` is the slot number. */
type Rule = [RegExp | string, string];

export interface CsvPreset {
  id: CsvPresetId;
  name: Localized;
  dateOrder: DateOrder;
  /** Headers only this exporter writes; one must be present for the preset to be chosen. */
  signature: RegExp;
  rules: Rule[];
}

const slot = (label: string, kind: string): Rule[] => [
  [new RegExp(`^${label} (\\d+) - Value$`, "i"), `${kind}.$1`],
  [new RegExp(`^${label} (\\d+) - (?:Type|Label)$`, "i"), `${kind}.$1.label`],
];
const addressSlot = (): Rule[] => [
  [/^Address (\d+) - Formatted$/i, "address.$1"],
  [/^Address (\d+) - (?:Type|Label)$/i, "address.$1.label"],
  [/^Address (\d+) - Street$/i, "street.$1"],
  [/^Address (\d+) - PO Box$/i, "pobox.$1"],
  [/^Address (\d+) - City$/i, "city.$1"],
  [/^Address (\d+) - Region$/i, "region.$1"],
  [/^Address (\d+) - Postal Code$/i, "postcode.$1"],
  [/^Address (\d+) - Country$/i, "country.$1"],
];
const outlookAddress = (prefix: string, label: string, pobox: string): Rule[] => [
  [new RegExp(`^${prefix} Street(?: [23])?$`, "i"), `street.${label}`],
  [`${prefix} City`, `city.${label}`],
  [`${prefix} State`, `region.${label}`],
  [`${prefix} Postal Code`, `postcode.${label}`],
  [`${prefix} Country/Region`, `country.${label}`],
  [pobox, `pobox.${label}`],
];

// Header names as the exporters write them (Google Contacts 2024 and legacy "Google CSV", Outlook
// Classic Import/Export wizard in English and German, HubSpot contact export, Pipedrive person
// export, Salesforce report export and Data Loader API names, LinkedIn's connections).
export const CSV_PRESETS: CsvPreset[] = [
  {
    id: "kundenfreund",
    name: { de: "Kundenfreund", en: "Kundenfreund" },
    dateOrder: "dmy",
    signature: /^(?:Beziehungen|Relations)$/i,
    rules: KUNDENFREUND_HEADERS.map(([header, target]) => [header, target]),
  },
  {
    id: "google",
    name: { de: "Google Kontakte", en: "Google Contacts" },
    dateOrder: "auto",
    signature:
      /^(?:(?:E-mail|Phone|Address|Website|Relation|Event) \d+ - |Given Name$|Organization (?:1 - )?Name$)/i,
    rules: [
      [/^(?:First Name|Given Name)$/i, "firstName"],
      [/^(?:Last Name|Family Name)$/i, "lastName"],
      ["Name", "fullName"],
      [/^Organization (?:1 - )?Name$/i, "organisation"],
      [/^Organization (?:1 - )?Title$/i, "jobTitle"],
      ["Birthday", "birthday"],
      ["Notes", "notes"],
      [/^(?:Labels|Group Membership)$/i, "tags"],
      ["Photo", "photoUrl"],
      ...slot("E-mail", "email"),
      ...slot("Phone", "phone"),
      ...slot("Website", "website"),
      ...slot("Relation", "related"),
      ...slot("Event", "event"),
      ...addressSlot(),
    ],
  },
  {
    id: "outlook",
    name: { de: "Outlook (englisch)", en: "Outlook" },
    // Outlook writes dates in the Windows short format; an English header is mostly a US system.
    dateOrder: "mdy",
    signature: /^(?:E-mail Address|Business Phone|Mobile Phone|Home Phone|Business Street)$/i,
    rules: [
      ["First Name", "firstName"],
      ["Last Name", "lastName"],
      ["Company", "organisation"],
      ["Job Title", "jobTitle"],
      ...outlookAddress("Business", "work", "Business Address PO Box"),
      ...outlookAddress("Home", "home", "Home Address PO Box"),
      ...outlookAddress("Other", "other", "Other Address PO Box"),
      [/^(?:Business Phone(?: 2)?|Company Main Phone)$/i, "phone.work"],
      [/^Home Phone(?: 2)?$/i, "phone.home"],
      ["Mobile Phone", "phone.mobile"],
      [/^(?:Other Phone|Primary Phone)$/i, "phone.other"],
      [/^E-mail(?: [23])? Address$/i, "email.other"],
      ["Web Page", "website.other"],
      ["Birthday", "birthday"],
      ["Anniversary", "anniversary"],
      ["Categories", "tags"],
      ["Notes", "notes"],
      ["Spouse", "related.partner"],
      ["Children", "related.child"],
      ["Manager's Name", "related.reports_to"],
      ["Assistant's Name", "related.assistant"],
    ],
  },
  {
    id: "outlook_de",
    name: { de: "Outlook (deutsch)", en: "Outlook (German)" },
    dateOrder: "dmy",
    signature: /^(?:E-Mail-Adresse|Telefon geschäftlich|Mobiltelefon|Straße geschäftlich|Telefon privat)$/i,
    rules: [
      ["Vorname", "firstName"],
      ["Nachname", "lastName"],
      ["Firma", "organisation"],
      ["Position", "jobTitle"],
      [/^Straße geschäftlich(?: [23])?$/i, "street.work"],
      ["Ort geschäftlich", "city.work"],
      [/^(?:Region|Bundesland\/Kanton) geschäftlich$/i, "region.work"],
      ["Postleitzahl geschäftlich", "postcode.work"],
      ["Land/Region geschäftlich", "country.work"],
      ["Postfach geschäftlich", "pobox.work"],
      [/^Straße privat(?: [23])?$/i, "street.home"],
      ["Ort privat", "city.home"],
      [/^(?:Region|Bundesland\/Kanton) privat$/i, "region.home"],
      ["Postleitzahl privat", "postcode.home"],
      ["Land/Region privat", "country.home"],
      ["Postfach privat", "pobox.home"],
      [/^Weitere Straße(?: [23])?$/i, "street.other"],
      ["Weiterer Ort", "city.other"],
      ["Weitere Region", "region.other"],
      ["Weitere Postleitzahl", "postcode.other"],
      ["Weiteres Land/Region", "country.other"],
      [/^(?:Telefon geschäftlich(?: 2)?|Telefon Firma)$/i, "phone.work"],
      [/^Telefon privat(?: 2)?$/i, "phone.home"],
      ["Mobiltelefon", "phone.mobile"],
      [/^(?:Weiteres Telefon|Haupttelefon)$/i, "phone.other"],
      [/^(?:E-Mail-Adresse|E-Mail [23]: Adresse)$/i, "email.other"],
      ["Webseite", "website.other"],
      ["Geburtstag", "birthday"],
      ["Jahrestag", "anniversary"],
      ["Kategorien", "tags"],
      ["Notizen", "notes"],
      ["Partner", "related.partner"],
      ["Kinder", "related.child"],
      [/^Name des\/der Vorgesetzten$|^Vorgesetzte\(r\)$/i, "related.reports_to"],
      [/^Name (?:des )?Assistent(?:en)?$/i, "related.assistant"],
    ],
  },
  {
    id: "hubspot",
    name: { de: "HubSpot", en: "HubSpot" },
    dateOrder: "auto",
    signature: /^(?:Record ID|Phone Number|Mobile Phone Number|Company Name|Lifecycle Stage|Contact owner)$/i,
    rules: [
      ["Record ID", "uid"],
      ["First Name", "firstName"],
      ["Last Name", "lastName"],
      ["Email", "email.work"],
      ["Phone Number", "phone.work"],
      ["Mobile Phone Number", "phone.mobile"],
      [/^(?:Company Name|Associated Company)$/i, "organisation"],
      ["Job Title", "jobTitle"],
      ["Street Address", "street.work"],
      ["City", "city.work"],
      ["State/Region", "region.work"],
      ["Postal Code", "postcode.work"],
      ["Country/Region", "country.work"],
      ["Website URL", "website.work"],
      ["Date of birth", "birthday"],
    ],
  },
  {
    id: "pipedrive",
    name: { de: "Pipedrive", en: "Pipedrive" },
    dateOrder: "auto",
    signature: /^Person - /i,
    rules: [
      ["Person - ID", "uid"],
      ["Person - Name", "fullName"],
      ["Person - First name", "firstName"],
      ["Person - Last name", "lastName"],
      [/^Person - Organi[sz]ation$/i, "organisation"],
      [/^Person - Email(?: - Work)?$/i, "email.work"],
      ["Person - Email - Home", "email.home"],
      ["Person - Email - Other", "email.other"],
      [/^Person - Phone(?: - Work)?$/i, "phone.work"],
      ["Person - Phone - Home", "phone.home"],
      ["Person - Phone - Mobile", "phone.mobile"],
      ["Person - Phone - Other", "phone.other"],
      [/^Organi[sz]ation - Name$/i, "organisation"],
      ["Person - Job title", "jobTitle"],
      ["Person - Birthday", "birthday"],
      [/^Person - Labels?$/i, "tags"],
      [/^Person - Notes?$/i, "notes"],
      ["Person - Postal address", "address.work"],
    ],
  },
  {
    id: "salesforce",
    name: { de: "Salesforce", en: "Salesforce" },
    dateOrder: "auto",
    signature:
      /^(?:Account Name|Account\.Name|Birthdate|Mailing Street|MailingStreet|Contact ID|MobilePhone)$/i,
    rules: [
      [/^(?:Contact ID|Id)$/i, "uid"],
      [/^(?:First Name|FirstName)$/i, "firstName"],
      [/^(?:Last Name|LastName)$/i, "lastName"],
      [/^(?:Account Name|Account\.Name)$/i, "organisation"],
      ["Title", "jobTitle"],
      ["Email", "email.work"],
      ["Phone", "phone.work"],
      [/^(?:Mobile|Mobile Phone|MobilePhone)$/i, "phone.mobile"],
      [/^(?:Home Phone|HomePhone)$/i, "phone.home"],
      [/^(?:Other Phone|OtherPhone)$/i, "phone.other"],
      [/^Mailing ?Street$/i, "street.work"],
      [/^Mailing ?City$/i, "city.work"],
      [/^Mailing ?State(?:\/Province)?$/i, "region.work"],
      [/^Mailing ?(?:Zip\/Postal Code|PostalCode)$/i, "postcode.work"],
      [/^Mailing ?Country$/i, "country.work"],
      ["Birthdate", "birthday"],
      ["Description", "notes"],
    ],
  },
  {
    // "Connections.csv" of LinkedIn's data export (Settings → Data privacy → Get a copy of your
    // data): the people a salesperson is connected with. "Notes:" and a paragraph stand above the
    // header row (read past by `openCsvRows`); most connections share no email address.
    id: "linkedin",
    name: { de: "LinkedIn-Kontakte", en: "LinkedIn connections" },
    dateOrder: "auto",
    signature: /^Connected On$/i,
    rules: [
      ["First Name", "firstName"],
      ["Last Name", "lastName"],
      // The member's own address, private as often as not.
      ["Email Address", "email.other"],
      ["Company", "organisation"],
      ["Position", "jobTitle"],
      // The profile's address: the way to reach them on LinkedIn.
      ["URL", "social.work"],
      // The day they connected: since when the user knows them, as far as the file can tell.
      ["Connected On", "knownSince"],
    ],
  },
];

// Headers people type themselves, in German and English, compared without case, spaces and
// punctuation.
const GENERIC: Record<string, FieldTarget> = {
  vorname: "firstName",
  firstname: "firstName",
  givenname: "firstName",
  first: "firstName",
  nachname: "lastName",
  lastname: "lastName",
  surname: "lastName",
  familyname: "lastName",
  familienname: "lastName",
  zuname: "lastName",
  rufname: "firstName",
  name: "fullName",
  fullname: "fullName",
  firma: "organisation",
  unternehmen: "organisation",
  company: "organisation",
  companyname: "organisation",
  firmenname: "organisation",
  arbeitgeber: "organisation",
  employer: "organisation",
  organisation: "organisation",
  organization: "organisation",
  position: "jobTitle",
  funktion: "jobTitle",
  jobtitle: "jobTitle",
  jobtitel: "jobTitle",
  berufsbezeichnung: "jobTitle",
  beruf: "jobTitle",
  role: "jobTitle",
  email: "email.other",
  mail: "email.other",
  emailadresse: "email.other",
  emailaddress: "email.other",
  emailadr: "email.other",
  telefon: "phone.other",
  phone: "phone.other",
  tel: "phone.other",
  telefonnummer: "phone.other",
  phonenumber: "phone.other",
  festnetz: "phone.other",
  rufnummer: "phone.other",
  mobil: "phone.mobile",
  handy: "phone.mobile",
  mobile: "phone.mobile",
  mobiltelefon: "phone.mobile",
  mobilnummer: "phone.mobile",
  mobilfunk: "phone.mobile",
  handynummer: "phone.mobile",
  mobilephone: "phone.mobile",
  cell: "phone.mobile",
  adresse: "address.other",
  address: "address.other",
  anschrift: "address.other",
  strasse: "street.other",
  straße: "street.other",
  street: "street.other",
  strasseundhausnummer: "street.other",
  straßeundhausnummer: "street.other",
  strassehausnr: "street.other",
  straßehausnr: "street.other",
  postfach: "pobox.other",
  pobox: "pobox.other",
  plz: "postcode.other",
  postleitzahl: "postcode.other",
  zip: "postcode.other",
  postcode: "postcode.other",
  postalcode: "postcode.other",
  ort: "city.other",
  stadt: "city.other",
  city: "city.other",
  wohnort: "city.other",
  town: "city.other",
  bundesland: "region.other",
  kanton: "region.other",
  region: "region.other",
  state: "region.other",
  land: "country.other",
  country: "country.other",
  website: "website.other",
  webseite: "website.other",
  homepage: "website.other",
  url: "website.other",
  internet: "website.other",
  internetseite: "website.other",
  www: "website.other",
  linkedin: "social.other",
  xing: "social.other",
  geburtstag: "birthday",
  geburtsdatum: "birthday",
  birthday: "birthday",
  birthdate: "birthday",
  dateofbirth: "birthday",
  jahrestag: "anniversary",
  bekanntseit: "knownSince",
  kennenseit: "knownSince",
  knownsince: "knownSince",
  connectedon: "knownSince",
  wiewirunskennen: "howWeMet",
  kennengelernt: "howWeMet",
  kennengelerntbei: "howWeMet",
  kennengelerntauf: "howWeMet",
  howwemet: "howWeMet",
  howmet: "howWeMet",
  hochzeitstag: "anniversary",
  anniversary: "anniversary",
  notizen: "notes",
  notiz: "notes",
  bemerkung: "notes",
  bemerkungen: "notes",
  kommentar: "notes",
  kommentare: "notes",
  comment: "notes",
  comments: "notes",
  notes: "notes",
  note: "notes",
  tags: "tags",
  schlagwörter: "tags",
  kategorien: "tags",
  kategorie: "tags",
  gruppe: "tags",
  gruppen: "tags",
  groups: "tags",
  categories: "tags",
  labels: "tags",
  foto: "photoUrl",
  photo: "photoUrl",
  id: "uid",
  uid: "uid",
};

function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9äöüß]/g, "");
}

/** Words that name a channel's label, in front of or after the channel word ("E-Mail privat", "Work Phone"). */
const LABEL_WORDS: Record<string, ChannelLabel> = {
  geschäftlich: "work",
  geschaftlich: "work",
  dienstlich: "work",
  büro: "work",
  arbeit: "work",
  work: "work",
  business: "work",
  office: "work",
  privat: "home",
  private: "home",
  home: "home",
  personal: "home",
  mobil: "mobile",
  mobile: "mobile",
  weitere: "other",
  andere: "other",
  other: "other",
};

/** A table entry for a header word; "constructor" is a word a header may hold, not an entry. */
function lookUp<T>(table: Record<string, T>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/**
 * The generic dictionary, also for a channel or address header with a label word ("E-Mail
 * geschäftlich", "Home Phone", "Straße privat"): the other words decide the field, the label word
 * the label. Without this, such a column of a hand-made file was silently left out, and so were
 * its emails and phones, by which a second import would have recognised the same people.
 */
function genericTarget(header: string): FieldTarget | undefined {
  const target = labelledTarget(header);
  if (target) return target;
  // "E-Mail 2", "Telefon2 privat": a further column of a channel adds one more value of it.
  // "Straße 2", "PLZ 2", "Ort 2": the parts of a second address, kept together by their number.
  // A numbered name or birthday column is no second value of anything, so it stays unmapped.
  const numbered = /(?<=\D)\s*([1-9]\d?)(?=\s|$)/.exec(header);
  if (!numbered) return undefined;
  const further = labelledTarget(header.replace(numbered[0], ""));
  const [kind = ""] = further?.split(".") ?? [];
  if ((ADDRESS_PARTS as readonly string[]).includes(kind)) return `${kind}.${numbered[1]}` as FieldTarget;
  return further?.includes(".") ? further : undefined;
}

function labelledTarget(header: string): FieldTarget | undefined {
  const known = lookUp(GENERIC, normaliseHeader(header));
  if (known) return known;
  const words = header
    .toLowerCase()
    .split(/[^a-z0-9äöüß]+/)
    .filter(Boolean);
  for (const [at, word] of words.entries()) {
    const label = lookUp(LABEL_WORDS, word);
    if (!label) continue;
    const rest = lookUp(GENERIC, normaliseHeader(words.filter((_, n) => n !== at).join("")));
    // Channels and address parts are the entries with a label ("email.other", "street.other").
    if (rest?.endsWith(".other")) return `${rest.slice(0, -".other".length)}.${label}` as FieldTarget;
  }
  return undefined;
}

function matchRule(rules: Rule[], header: string): FieldTarget | null {
  const trimmed = header.trim();
  for (const [pattern, target] of rules) {
    if (typeof pattern === "string") {
      if (pattern.toLowerCase() === trimmed.toLowerCase()) return target as FieldTarget;
      continue;
    }
    const match = pattern.exec(trimmed);
    if (match) return target.replace("$1", match[1] ?? "") as FieldTarget;
  }
  return null;
}

export interface PresetDetection {
  preset: CsvPresetId;
  dateOrder: DateOrder;
  mapping: CsvMapping;
}

/**
 * Recognises an exporter by its headers and proposes a mapping the user can edit. Among presets
 * whose signature header is present, the one that maps the most columns wins; headers it does not
 * know fall back to the generic German/English dictionary.
 */
export function detectPreset(headers: string[]): PresetDetection {
  let best: { preset: CsvPreset; score: number } | null = null;
  for (const preset of CSV_PRESETS) {
    if (!headers.some((h) => preset.signature.test(h.trim()))) continue;
    const score = headers.filter((h) => matchRule(preset.rules, h) !== null).length;
    if (!best || score > best.score) best = { preset, score };
  }
  const rules = best?.preset.rules ?? [];
  const mapping = mappingOf(headers, (header) => matchRule(rules, header) ?? genericTarget(header));
  return { preset: best?.preset.id ?? "generic", dateOrder: best?.preset.dateOrder ?? "auto", mapping };
}

/**
 * The mapping of a preset the user chose over the detected one: its rules map the headers they
 * know, the detected mapping fills in the rest.
 */
export function presetMapping(preset: CsvPreset, headers: string[], detected: CsvMapping): CsvMapping {
  return mappingOf(headers, (header) => matchRule(preset.rules, header) ?? targetOf(detected, header));
}

/** Each header's target, the first time a header occurs (a file may repeat one). */
function mappingOf(
  headers: string[],
  targetFor: (header: string) => FieldTarget | null | undefined,
): CsvMapping {
  const mapping = emptyMapping();
  for (const header of headers) {
    const target = targetFor(header);
    if (target && !Object.hasOwn(mapping, header)) mapping[header] = target;
  }
  return mapping;
}
