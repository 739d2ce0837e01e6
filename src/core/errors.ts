import type { Localized } from "./locale.ts";

// Errors a user can act on. Services throw these; HTTP maps them to status codes and the CLI to
// messages. Anything else is a bug and is reported without details.

export interface FieldProblem {
  /** Dotted path of the offending field ("channels.0.value"); "" for the whole body. */
  field: string;
  /** Stable machine code: required, invalid_type, too_long, too_short, too_big, too_small,
   * unknown_value, invalid_format, unknown_field, not_found, invalid. */
  code: string;
  message: Localized;
}

export class ValidationError extends Error {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field || "body"}: ${p.message.en}`).join("; "));
    this.name = "ValidationError";
    this.problems = problems;
  }
}

export class NotFoundError extends Error {
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
    this.entity = entity;
    this.id = id;
  }
}

export class ForbiddenError extends Error {
  readonly localized: Localized;
  constructor(localized: Localized) {
    super(localized.en);
    this.name = "ForbiddenError";
    this.localized = localized;
  }
}

export class ConflictError extends Error {
  readonly localized: Localized;
  constructor(localized: Localized) {
    super(localized.en);
    this.name = "ConflictError";
    this.localized = localized;
  }
}

/** Wrong credentials. The message never says which part was wrong. */
export class AuthenticationError extends Error {
  readonly localized: Localized;
  constructor(localized: Localized) {
    super(localized.en);
    this.name = "AuthenticationError";
    this.localized = localized;
  }
}

/** Too many attempts; try again after the given number of seconds. */
export class TooManyRequestsError extends Error {
  readonly retryAfterSeconds: number;
  readonly localized: Localized;
  constructor(retryAfterSeconds: number, localized: Localized) {
    super(localized.en);
    this.name = "TooManyRequestsError";
    this.retryAfterSeconds = retryAfterSeconds;
    this.localized = localized;
  }
}
