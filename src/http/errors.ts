import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import {
  AuthenticationError,
  ConflictError,
  type FieldProblem,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  ValidationError,
} from "../core/errors.ts";
import { type Locale, type Localized, negotiateLocale } from "../core/locale.ts";

export class UnauthorizedError extends Error {}

interface ErrorBody {
  error: {
    status: number;
    code: string;
    message: string;
    fields: Array<{ field: string; code: string; message: string }>;
  };
}

/**
 * Every error leaves as the same JSON shape, in the caller's language. Unexpected errors are logged
 * with their stack and answered with a bare 500: no internals reach the client.
 */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const locale = localeOf(request);
  const body = describe(error, locale);
  if (error instanceof TooManyRequestsError) reply.header("retry-after", String(error.retryAfterSeconds));
  if (body.error.status >= 500) request.log.error({ err: error }, "unhandled error");
  reply.code(body.error.status).type("application/json; charset=utf-8").send(body);
}

export function localeOf(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  const lang = typeof query?.lang === "string" ? query.lang : undefined;
  return negotiateLocale(lang ?? request.headers["accept-language"]);
}

function describe(error: unknown, locale: Locale): ErrorBody {
  if (error instanceof ValidationError) {
    return body(400, "validation_failed", locale, MESSAGES.validation, error.problems);
  }
  if (error instanceof NotFoundError) return body(404, "not_found", locale, MESSAGES.notFound);
  if (error instanceof ForbiddenError) return body(403, "forbidden", locale, error.localized);
  if (error instanceof ConflictError) return body(409, "conflict", locale, error.localized);
  if (error instanceof UnauthorizedError) return body(401, "unauthorized", locale, MESSAGES.unauthorized);
  if (error instanceof AuthenticationError) return body(401, "sign_in_failed", locale, error.localized);
  if (error instanceof TooManyRequestsError) return body(429, "too_many_requests", locale, error.localized);
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return body(400, "malformed_json", locale, MESSAGES.malformedJson, [
        { field: "", code: "malformed_json", message: MESSAGES.malformedJson },
      ]);
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return body(413, "body_too_large", locale, MESSAGES.tooLarge);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return body(415, "unsupported_media_type", locale, MESSAGES.mediaType);
    default:
      break;
  }
  // Fastify's own client errors (bad JSON syntax surfaces as a SyntaxError with statusCode 400).
  if (
    typeof fastifyError.statusCode === "number" &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    if (error instanceof SyntaxError) {
      return body(400, "malformed_json", locale, MESSAGES.malformedJson, [
        { field: "", code: "malformed_json", message: MESSAGES.malformedJson },
      ]);
    }
    return body(fastifyError.statusCode, "bad_request", locale, MESSAGES.badRequest);
  }
  return body(500, "internal_error", locale, MESSAGES.internal);
}

function body(
  status: number,
  code: string,
  locale: Locale,
  message: Localized,
  fields: FieldProblem[] = [],
): ErrorBody {
  return {
    error: {
      status,
      code,
      message: message[locale],
      fields: fields.map((f) => ({ field: f.field, code: f.code, message: f.message[locale] })),
    },
  };
}

const MESSAGES = {
  validation: { de: "Die Eingabe ist nicht gültig.", en: "The input is not valid." },
  notFound: { de: "Nicht gefunden.", en: "Not found." },
  unauthorized: {
    de: "Bitte anmelden (Anmeldelink oder API-Token).",
    en: "Please sign in (sign-in link or API token).",
  },
  malformedJson: { de: "Der Inhalt ist kein gültiges JSON.", en: "The body is not valid JSON." },
  tooLarge: { de: "Der Inhalt ist zu groß.", en: "The body is too large." },
  mediaType: { de: "Bitte als application/json senden.", en: "Please send application/json." },
  badRequest: { de: "Ungültige Anfrage.", en: "Bad request." },
  internal: {
    de: "Ein interner Fehler ist aufgetreten. Er wurde protokolliert.",
    en: "An internal error occurred. It has been logged.",
  },
} satisfies Record<string, Localized>;
