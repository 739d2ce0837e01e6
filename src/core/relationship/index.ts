// The relationship engine: warmth, stage suggestion, cadence, stance and address-form rules and the
// Heute agenda, all pure. The store feeds ContactSignals (see signals.ts); nothing here reads rows.
export type { AddressFormChangeRequest, AddressFormChangeResult, AddressFormState } from "./address-form.ts";
export { changeAddressForm, DEFAULT_ADDRESS_FORM, initialAddressFormState } from "./address-form.ts";
export {
  buildAgenda,
  compareAgendaItems,
  DATE_LOOKAHEAD_DAYS,
  defaultAgendaOptions,
  planAgenda,
} from "./agenda.ts";
export { KEEP_IN_TOUCH_IMPORTANCE_WEIGHT } from "./agenda-keep-in-touch.ts";
export type {
  AgendaContact,
  AgendaDateFact,
  AgendaInput,
  AgendaItem,
  AgendaKind,
  AgendaOpenLoop,
  AgendaOptions,
  AgendaPlan,
  AgendaRelative,
  AgendaSection,
  NudgeKind,
} from "./agenda-types.ts";
export { AGENDA_SECTIONS } from "./agenda-types.ts";
export type { Cadence, CadenceInput, CadenceLayers, CadenceSource, DueInput, DueState } from "./cadence.ts";
export { cadenceFor, DEFAULT_CADENCE_LAYERS, dueState, isValidCadenceDays } from "./cadence.ts";
export type { LabelGender } from "./format.ts";
export { FAMILY_RELATION_KINDS } from "./format.ts";
export type { ContactSignals, InteractionLike, SignalCutoffs, SignalPersonFields } from "./signals.ts";
export {
  computeSignalCutoffs,
  emptySignals,
  FACE_TO_FACE_KINDS,
  RATING_WINDOW_DAYS,
  RECENT_WINDOW_DAYS,
  summariseInteractions,
  YEAR_WINDOW_DAYS,
} from "./signals.ts";
export { businessFollowUpsAllowed, describeCaution, nudgesAllowed } from "./stance.ts";
export type { StageCriteria, StageEvidence, StageSuggestion } from "./suggest-stage.ts";
export { assessStage, DEFAULT_STAGE_CRITERIA, suggestStage } from "./suggest-stage.ts";
export type { Warmth, WarmthPart } from "./warmth.ts";
export { scoreWarmth, warmthLoss } from "./warmth.ts";
export type { WarmthModel } from "./warmth-model.ts";
export { DEFAULT_WARMTH_MODEL, maxBasePoints } from "./warmth-model.ts";
export type { WarmthPartKey, WarmthPoints } from "./warmth-points.ts";
export { measureWarmth, relationshipStart, WARMTH_PART_KEYS } from "./warmth-points.ts";
