import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error.ts";
import { api, queryString } from "./client.ts";
import { isSignedOut } from "./session.ts";

function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async () => new Response(body === undefined ? null : JSON.stringify(body), { status }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe("api client", () => {
  it("builds query strings from set values only", () => {
    expect(queryString({ q: "Müller", limit: 20, tag: undefined, stage: null, sort: "" })).toBe(
      "?q=M%C3%BCller&limit=20",
    );
    expect(queryString({})).toBe("");
  });

  it("sends JSON with the chosen language and returns the parsed body", async () => {
    const fetchMock = respond(201, { id: "x" });
    await expect(api("/api/facts", { method: "POST", body: { text: "Geige" } })).resolves.toEqual({
      id: "x",
    });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(init.body).toBe('{"text":"Geige"}');
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["accept-language"]).toMatch(/^(de|en)$/);
  });

  it("turns the API's error body into an ApiError that names each field", async () => {
    respond(400, {
      error: {
        status: 400,
        code: "validation_failed",
        message: "Die Eingabe ist nicht gültig.",
        fields: [{ field: "facts.0.text", code: "required", message: "Pflichtfeld fehlt." }],
      },
    });
    const error = await api("/api/conversations", { method: "POST", body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldMessage("facts.0.text")).toBe("Pflichtfeld fehlt.");
    expect((error as ApiError).fieldMessage("summary")).toBeUndefined();
  });

  it("marks the session as signed out on a 401", async () => {
    respond(401, { error: { status: 401, code: "unauthorized", message: "Bitte anmelden.", fields: [] } });
    expect(isSignedOut()).toBe(false);
    await expect(api("/api/me")).rejects.toBeInstanceOf(ApiError);
    expect(isSignedOut()).toBe(true);
  });
});
