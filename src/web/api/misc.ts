import { api, queryString } from "./client.ts";
import type { Me, SearchItem, Today } from "./types.ts";

export function getMe(signal?: AbortSignal) {
  return api<Me>("/api/me", { signal });
}

export function signOut() {
  return api<void>("/api/auth/sign-out", { method: "POST", body: {} });
}

/** How many due keep-in-touch contacts and open loops to list (the server's default otherwise). */
export function getToday(signal?: AbortSignal, lines: { keepInTouch?: number; openLoops?: number } = {}) {
  return api<Today>(`/api/today${queryString(lines)}`, { signal });
}

export function search(q: string, types: string, limit: number, signal?: AbortSignal) {
  return api<{ items: SearchItem[] }>(`/api/search${queryString({ q, types, limit })}`, { signal });
}

/** Fills an empty workspace with the demo; the server answers 409 when it already has people. */
export function loadDemo() {
  return api<unknown>("/api/demo", { method: "POST", body: {} });
}
