// The procedure types a salesperson meets in German public (and private) tenders. The first four are
// the EU-wide procedures of the VgV; the last two have no statutory minimum periods.

export const PROCEDURE_TYPES = [
  "open",
  "restricted",
  "negotiated",
  "competitive_dialogue",
  "below_threshold_uvgo",
  "private_tender",
] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

/** Procedures governed by Part 4 GWB and the VgV (above the EU thresholds). */
export const EU_PROCEDURES: readonly ProcedureType[] = [
  "open",
  "restricted",
  "negotiated",
  "competitive_dialogue",
];

export function isEuProcedure(procedure: ProcedureType): boolean {
  return EU_PROCEDURES.includes(procedure);
}

/** Private buyers are bound by no procurement law; every other procedure has a public buyer. */
export function isPublicProcedure(procedure: ProcedureType): boolean {
  return procedure !== "private_tender";
}
