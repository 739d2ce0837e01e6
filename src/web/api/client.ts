import i18next from "i18next";
import type { Locale } from "../../core/locale.ts";
import { ApiError, type FieldProblem } from "./api-error.ts";
import { markSignedOut } from "./session.ts";

type Method = "GET" | "POST" | "PATCH" | "DELETE";

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * One door to the API. Same-origin fetch carries the session cookie and the Origin header that
 * cookie-authenticated writes need; Accept-Language makes error messages match the UI language.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: "application/json",
    "accept-language": appLanguage(),
  };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "network", i18next.t("errors.network"));
  }
  if (response.status === 401) markSignedOut();
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const data: unknown = text.length > 0 ? safeJson(text) : undefined;
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The API's error body (or its absence) as an ApiError in the user's language. */
export function toApiError(status: number, data: unknown): ApiError {
  const body = (data as { error?: { code?: string; message?: string; fields?: FieldProblem[] } } | undefined)
    ?.error;
  return new ApiError(
    status,
    body?.code ?? "http_error",
    body?.message ?? i18next.t("errors.unexpected", { status }),
    body?.fields ?? [],
  );
}

/** The language the user chose in the app (a plain download link sends the browser's instead). */
export function appLanguage(): Locale {
  return i18next.language === "en" ? "en" : "de";
}

/** Builds "?a=1&b=2" from defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
