import type { Locale } from "./locale.ts";

// Excel splits a CSV at the list separator of the computer's regional settings, not at a fixed
// character: ";" where the comma is the decimal mark (German), "," in English. A file with the
// other one opens as a single column. An export therefore follows the user's language unless the
// user picks the other (decision 120). Google Sheets, Numbers and LibreOffice read either.

export const EXPORT_DELIMITERS = ["semicolon", "comma"] as const;
export type ExportDelimiter = (typeof EXPORT_DELIMITERS)[number];

export const EXPORT_DELIMITER_CHARACTERS: Record<ExportDelimiter, string> = { semicolon: ";", comma: "," };

/** The list separator Excel uses in the user's language: German ";", English ",". */
export function defaultExportDelimiter(locale: Locale): ExportDelimiter {
  return locale === "de" ? "semicolon" : "comma";
}
