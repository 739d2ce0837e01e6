// Relationship fields vCard has no property for, written as extension properties (RFC 6350
// §6.10): other programs keep or ignore them, Kundenfreund reads them back, so a vCard export
// re-imports to the same people (decision 124).

/** Since when the user knows the person: a date like BDAY. */
export const KNOWN_SINCE_PROPERTY = "X-KUNDENFREUND-KNOWN-SINCE";
/** How they met: text like NOTE. */
export const HOW_WE_MET_PROPERTY = "X-KUNDENFREUND-HOW-WE-MET";
