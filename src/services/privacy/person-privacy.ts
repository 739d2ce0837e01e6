import { dayOf, type IsoDate } from "../../core/dates.ts";
import { NotFoundError, ValidationError } from "../../core/errors.ts";
import type { Locale } from "../../core/locale.ts";
import type { Actor } from "../../core/model/actor.ts";
import type { Person } from "../../core/model/person.ts";
import { informationDueOn } from "../../core/privacy/deadlines.ts";
import { INFORM_LOOP_TEXT, informationLetter } from "../../core/privacy/information-letter.ts";
import {
  channelAllowed,
  greetingsAllowed,
  isThirdPartySource,
  legalBasisProblems,
  OPT_OUT_CHANNELS,
  type OptOutChannel,
  type PersonPrivacy,
} from "../../core/privacy/person-privacy.ts";
import { personPrivacyUpdateInput } from "../../core/privacy/privacy-schemas.ts";
import { parseInput } from "../../core/validation.ts";
import type { Db } from "../../store/open-store.ts";
import { findPerson } from "../../store/people.ts";
import {
  closeOpenLoopsWithText,
  findPersonPrivacy,
  savePersonPrivacy,
} from "../../store/privacy/person-privacy.ts";
import { inTransaction, nowIso, requireWrite, type ServiceContext, todayIso } from "../context.ts";
import { auditPrivacy } from "./privacy-audit.ts";
import { privacySettingsIn } from "./privacy-settings.ts";

export interface PersonPrivacyView extends PersonPrivacy {
  /** Whether birthday and date greetings may be suggested. */
  greetingsAllowed: boolean;
  /** Whether each channel may be used for marketing. */
  marketingAllowed: Record<OptOutChannel, boolean>;
  /** For data from a third party not yet informed: the Art. 14 deadline; else null. */
  informationDueOn: IsoDate | null;
}

function view(person: Person, privacy: PersonPrivacy): PersonPrivacyView {
  return {
    ...privacy,
    greetingsAllowed: greetingsAllowed(privacy),
    marketingAllowed: Object.fromEntries(
      OPT_OUT_CHANNELS.map((c) => [c, channelAllowed(privacy, c)]),
    ) as Record<OptOutChannel, boolean>,
    informationDueOn:
      isThirdPartySource(privacy.source) && !privacy.informedOn
        ? informationDueOn(dayOf(person.createdAt))
        : null,
  };
}

async function personOrNotFound(db: Db, actor: Actor, personId: string): Promise<Person> {
  const person = await findPerson(db, actor.workspaceId, personId, actor.userId);
  if (!person) throw new NotFoundError("person", personId);
  return person;
}

export async function getPersonPrivacy(ctx: ServiceContext, actor: Actor, personId: string) {
  const person = await personOrNotFound(ctx.store.db, actor, personId);
  return view(person, await findPersonPrivacy(ctx.store.db, actor.workspaceId, personId));
}

/**
 * Changes legal basis, purpose, source, opt-outs, objection and review marks in one PATCH. The
 * merged record must satisfy its legal basis (balancing note, consent day and scope). An opt-out
 * takes effect at once: the agenda and calendar read it on every request.
 */
export async function updatePersonPrivacy(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<PersonPrivacyView> {
  requireWrite(actor);
  const patch = parseInput(personPrivacyUpdateInput, input);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (db) => {
    const person = await personOrNotFound(db, actor, personId);
    const current = await findPersonPrivacy(db, actor.workspaceId, personId);
    const { optOut, ...rest } = patch;
    const merged: PersonPrivacy = { ...current, ...rest, optOut: { ...current.optOut, ...optOut } };
    const problems = legalBasisProblems(merged);
    if (problems.length > 0) throw new ValidationError(problems);
    await savePersonPrivacy(db, actor.workspaceId, merged, { now, userId: actor.userId });
    // Informing the person settles the reminder that asked for it.
    if (patch.informedOn && !current.informedOn) {
      await closeOpenLoopsWithText(
        db,
        actor.workspaceId,
        personId,
        [INFORM_LOOP_TEXT.de, INFORM_LOOP_TEXT.en],
        patch.informedOn,
      );
    }
    await auditPrivacy(
      ctx,
      actor,
      "privacy_changed",
      {
        target: { type: "person", id: personId },
        detail: { fields: Object.keys(patch), optOut: merged.optOut },
      },
      db,
    );
    return view(person, { ...merged, updatedAt: now });
  });
}

/** The Art. 14 letter for one person, in the language asked for (?lang=de|en). */
export async function getInformationLetter(
  ctx: ServiceContext,
  actor: Actor,
  personId: string,
  locale: Locale,
) {
  const db = ctx.store.db;
  const person = await personOrNotFound(db, actor, personId);
  const [privacy, settings] = await Promise.all([
    findPersonPrivacy(db, actor.workspaceId, personId),
    privacySettingsIn(db, actor.workspaceId),
  ]);
  const letter = informationLetter({
    person,
    controller: settings,
    source: privacy.source,
    legalBasis: privacy.legalBasis,
    purpose: privacy.purpose,
    balancingNote: privacy.balancingNote,
    retentionMonths: settings.factReviewMonths,
    today: todayIso(ctx),
  });
  return { personId, lang: locale, subject: letter.subject[locale], body: letter.body[locale] };
}
