import type { z } from "zod";
import { type FieldProblem, ValidationError } from "./errors.ts";
import type { Localized } from "./locale.ts";

/** Parses untrusted input; throws a ValidationError naming every offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // reportInput lets a problem tell "missing" (undefined) from "wrong type" (anything else).
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.flatMap(problemsOf));
}

type Issue = z.core.$ZodIssue;

function problemsOf(issue: Issue): FieldProblem[] {
  const field = issue.path.map(String).join(".");
  // Our own bilingual messages (see bilingual()) win over the generic ones below.
  const own = issue.message.startsWith(BILINGUAL_MARK) ? customMessage(issue.message) : null;
  const params = "params" in issue ? (issue.params as { code?: string } | undefined) : undefined;
  if (own && issue.code !== "invalid_type") {
    const code = params?.code ?? (issue.code === "invalid_format" ? "invalid_format" : "invalid");
    return [{ field, code, message: own }];
  }
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined && field === "") {
        return [
          {
            field,
            code: "required",
            message: { de: "Ein JSON-Inhalt fehlt.", en: "A JSON body is required." },
          },
        ];
      }
      if (issue.input === undefined) {
        return [
          { field, code: "required", message: { de: "Pflichtfeld fehlt.", en: "This field is required." } },
        ];
      }
      return [
        {
          field,
          code: "invalid_type",
          message: {
            de: `Erwartet wird ${typeNameDe(issue.expected)}.`,
            en: `Expected ${typeNameEn(issue.expected)}.`,
          },
        },
      ];
    case "too_big":
      return [tooBig(field, issue)];
    case "too_small":
      return [tooSmall(field, issue)];
    case "invalid_value":
      if (issue.input === undefined) {
        return [
          { field, code: "required", message: { de: "Pflichtfeld fehlt.", en: "This field is required." } },
        ];
      }
      return [
        {
          field,
          code: "unknown_value",
          message: {
            de: `Unbekannter Wert; erlaubt: ${issue.values.map(String).join(", ")}.`,
            en: `Unknown value; allowed: ${issue.values.map(String).join(", ")}.`,
          },
        },
      ];
    case "invalid_format":
      return [
        {
          field,
          code: "invalid_format",
          message: { de: `Ungültiges Format (${issue.format}).`, en: `Invalid format (${issue.format}).` },
        },
      ];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        field: field ? `${field}.${key}` : key,
        code: "unknown_field",
        message: { de: "Unbekanntes Feld.", en: "Unknown field." },
      }));
    case "invalid_union":
      return [{ field, code: "invalid", message: { de: "Ungültiger Wert.", en: "Invalid value." } }];
    case "custom":
      return [{ field, code: "invalid", message: customMessage(issue.message) }];
    default:
      return [{ field, code: "invalid", message: { de: "Ungültiger Wert.", en: "Invalid value." } }];
  }
}

function tooBig(field: string, issue: Extract<Issue, { code: "too_big" }>): FieldProblem {
  const max = String(issue.maximum);
  if (issue.origin === "string") {
    return {
      field,
      code: "too_long",
      message: { de: `Höchstens ${max} Zeichen.`, en: `At most ${max} characters.` },
    };
  }
  if (issue.origin === "array" || issue.origin === "set") {
    return {
      field,
      code: "too_many",
      message: {
        de: `Höchstens ${max} ${max === "1" ? "Eintrag" : "Einträge"}.`,
        en: `At most ${max} item(s).`,
      },
    };
  }
  return { field, code: "too_big", message: { de: `Höchstens ${max}.`, en: `At most ${max}.` } };
}

function tooSmall(field: string, issue: Extract<Issue, { code: "too_small" }>): FieldProblem {
  const min = String(issue.minimum);
  if (issue.origin === "string") {
    return Number(issue.minimum) <= 1
      ? { field, code: "required", message: { de: "Darf nicht leer sein.", en: "Must not be empty." } }
      : {
          field,
          code: "too_short",
          message: { de: `Mindestens ${min} Zeichen.`, en: `At least ${min} characters.` },
        };
  }
  if (issue.origin === "array" || issue.origin === "set") {
    return {
      field,
      code: "too_few",
      message: {
        de: `Mindestens ${min} ${min === "1" ? "Eintrag" : "Einträge"}.`,
        en: `At least ${min} item(s).`,
      },
    };
  }
  return { field, code: "too_small", message: { de: `Mindestens ${min}.`, en: `At least ${min}.` } };
}

// Custom refinements carry both languages through zod in one marked string.
const BILINGUAL_MARK = "\u0000de:";
const EN_MARK = "\u0000en:";

function customMessage(message: string): Localized {
  const [de, en] = message.slice(BILINGUAL_MARK.length).split(EN_MARK);
  return { de: de ?? message, en: en ?? de ?? message };
}

/** Writes a bilingual refinement message in the form customMessage() reads. */
export function bilingual(de: string, en: string): string {
  return `${BILINGUAL_MARK}${de}${EN_MARK}${en}`;
}

function typeNameDe(expected: string): string {
  const names: Record<string, string> = {
    string: "ein Text",
    number: "eine Zahl",
    int: "eine ganze Zahl",
    boolean: "wahr oder falsch",
    array: "eine Liste",
    object: "ein Objekt",
  };
  return names[expected] ?? expected;
}

function typeNameEn(expected: string): string {
  const names: Record<string, string> = {
    string: "a string",
    number: "a number",
    int: "an integer",
    boolean: "true or false",
    array: "a list",
    object: "an object",
  };
  return names[expected] ?? expected;
}
