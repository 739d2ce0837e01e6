import type { IsoDate, IsoDateTime } from "../dates.ts";
import type {
  AddressForm,
  ChannelKind,
  ChannelLabel,
  Importance,
  Party,
  Stage,
  Stance,
} from "../vocabulary.ts";

/** A birthday needs day and month; many people don't tell their year. */
export interface Birthday {
  day: number;
  month: number;
  year: number | null;
}

/** One way to reach a person: an email, a phone number, a postal address … */
export interface Channel {
  kind: ChannelKind;
  label: ChannelLabel;
  value: string;
}

/**
 * A human: a contact you sell to, or (isContact = false) a family member of a contact, who is known
 * by name and birthday only and never appears in contact lists or the agenda as a customer.
 */
export interface Person {
  id: string;
  workspaceId: string;
  firstName: string;
  lastName: string;
  companyId: string | null;
  /** Job title or role at the company. */
  jobTitle: string | null;
  isContact: boolean;
  channels: Channel[];
  birthday: Birthday | null;
  notes: string | null;
  tags: string[];
  photoUrl: string | null;
  /** How and where you met. */
  howWeMet: string | null;
  /** First known contact; the start of the relationship's duration. */
  knownSince: IsoDate | null;
  stance: Stance;
  /** Private to its author (the owner of the contact) — never shown to colleagues. */
  stanceReason: string | null;
  stage: Stage;
  addressForm: AddressForm;
  /** The day the address form last changed, and who offered it. */
  addressFormSince: IsoDate | null;
  addressFormOfferedBy: Party | null;
  importance: Importance;
  /** Cadence set by hand, in days; null means derived from stage and importance. */
  cadenceDays: number | null;
  /** Gifts and invitations to public officials need compliance approval first (§§ 331, 333 StGB). */
  isPublicOfficial: boolean;
  /** The user who looks after this contact. */
  ownerId: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export function fullName(person: Pick<Person, "firstName" | "lastName">): string {
  return [person.firstName, person.lastName].filter((part) => part.length > 0).join(" ");
}

/** A change of relationship stage; the history is kept, newest last. */
export interface StageChange {
  id: string;
  personId: string;
  stage: Stage;
  changedAt: IsoDateTime;
  changedBy: string | null;
  note: string | null;
}

/** A change of address form (Sie ↔ Du): a milestone of the relationship. */
export interface AddressFormChange {
  id: string;
  personId: string;
  form: AddressForm;
  changedOn: IsoDate;
  offeredBy: Party | null;
  recordedAt: IsoDateTime;
}
