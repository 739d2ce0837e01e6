// Anrede: Sie by default. In German business the customer offers the Du, so the product records
// the switch as a milestone (when, who offered it) and never suggests that the salesperson offer
// it first; if they did, it is recorded with a gentle note, not a reproach. The history is kept.
import { type IsoDate, type IsoDateTime, isIsoDate } from "../dates.ts";
import type { Localized } from "../locale.ts";
import type { AddressFormChange } from "../model/person.ts";
import type { AddressForm, Party } from "../vocabulary.ts";
import { formatFullDate } from "./format.ts";

export const DEFAULT_ADDRESS_FORM: AddressForm = "sie";

export interface AddressFormState {
  addressForm: AddressForm;
  addressFormSince: IsoDate | null;
  addressFormOfferedBy: Party | null;
  /** Oldest first, newest last. */
  history: AddressFormChange[];
}

export interface AddressFormChangeRequest {
  id: string;
  personId: string;
  form: AddressForm;
  changedOn: IsoDate;
  offeredBy: Party | null;
  recordedAt: IsoDateTime;
}

export type AddressFormChangeResult =
  | {
      ok: true;
      state: AddressFormState;
      change: AddressFormChange;
      /** The milestone line for the relationship journey. */
      milestone: Localized;
      warnings: Localized[];
    }
  | { ok: false; field: "form" | "changedOn"; error: Localized };

export function initialAddressFormState(): AddressFormState {
  return {
    addressForm: DEFAULT_ADDRESS_FORM,
    addressFormSince: null,
    addressFormOfferedBy: null,
    history: [],
  };
}

export function changeAddressForm(
  state: AddressFormState,
  request: AddressFormChangeRequest,
  personName: string,
  today: IsoDate,
): AddressFormChangeResult {
  if (request.form === state.addressForm) {
    const form = request.form === "du" ? "Du" : "Sie";
    return {
      ok: false,
      field: "form",
      error: { de: `Die Anrede ist bereits ${form}.`, en: `The address form is already ${form}.` },
    };
  }
  if (!isIsoDate(request.changedOn)) {
    return {
      ok: false,
      field: "changedOn",
      error: { de: "Bitte ein gültiges Datum angeben.", en: "Please give a valid date." },
    };
  }
  if (request.changedOn > today) {
    return {
      ok: false,
      field: "changedOn",
      error: { de: "Das Datum liegt in der Zukunft.", en: "The date is in the future." },
    };
  }
  const previous = state.history.at(-1);
  if (previous && request.changedOn < previous.changedOn) {
    const date = formatFullDate(previous.changedOn);
    return {
      ok: false,
      field: "changedOn",
      error: {
        de: `Das Datum liegt vor der letzten Änderung der Anrede (${date.de}).`,
        en: `The date is before the last change of address form (${date.en}).`,
      },
    };
  }
  const change: AddressFormChange = {
    id: request.id,
    personId: request.personId,
    form: request.form,
    changedOn: request.changedOn,
    offeredBy: request.offeredBy,
    recordedAt: request.recordedAt,
  };
  return {
    ok: true,
    state: {
      addressForm: request.form,
      addressFormSince: request.changedOn,
      addressFormOfferedBy: request.offeredBy,
      history: [...state.history, change],
    },
    change,
    milestone: describeMilestone(change, personName),
    warnings: request.form === "du" && request.offeredBy === "me" ? [offeredFirstNote(personName)] : [],
  };
}

function describeMilestone(change: AddressFormChange, name: string): Localized {
  const date = formatFullDate(change.changedOn);
  if (change.form === "sie") {
    return {
      de: `Seit dem ${date.de} wieder per Sie mit ${name}`,
      en: `Back to formal address (Sie) with ${name} since ${date.en}`,
    };
  }
  if (change.offeredBy === "them") {
    return { de: `${name} hat am ${date.de} das Du angeboten`, en: `${name} offered the Du on ${date.en}` };
  }
  if (change.offeredBy === "me") {
    return {
      de: `Sie haben ${name} am ${date.de} das Du angeboten`,
      en: `You offered ${name} the Du on ${date.en}`,
    };
  }
  return {
    de: `Seit dem ${date.de} per Du mit ${name}`,
    en: `On first-name terms (Du) with ${name} since ${date.en}`,
  };
}

function offeredFirstNote(name: string): Localized {
  return {
    de: `Im deutschen Geschäftsleben bietet üblicherweise der Kunde das Du an. Wenn es sich richtig angefühlt hat, ist das in Ordnung – achten Sie darauf, wie ${name} darauf reagiert.`,
    en: `In German business it is usually the customer who offers the Du. If it felt right, that is fine – notice how ${name} responds.`,
  };
}
