import { expect, it } from "vitest";
import { memberCaller, signedInClient } from "../test/api-client.ts";
import { describeEachStore } from "../test/stores.ts";

// The country for phone numbers without a country code: one of four, DE unless chosen, changed by
// owners and admins only; a wrong value is refused naming the field and what is allowed.

describeEachStore("API: workspace settings, the country for phone numbers", (store) => {
  it("is Germany until an owner or admin chooses another of the four countries", async () => {
    const client = await signedInClient(store());
    expect((await client.call("GET", "/api/workspace/settings")).body).toEqual({
      giftLimitCents: null,
      phoneCountry: "DE",
    });
    await client.call("PATCH", "/api/workspace/settings", { giftLimitCents: 3000 });
    const changed = await client.call("PATCH", "/api/workspace/settings", { phoneCountry: "CH" });
    expect(changed).toMatchObject({ status: 200, body: { giftLimitCents: 3000, phoneCountry: "CH" } });
    expect((await client.call("GET", "/api/workspace/settings")).body.phoneCountry).toBe("CH");
  });

  it("refuses another country with a 400 that names the field and the four, in the caller's language", async () => {
    const client = await signedInClient(store());
    const allowed = "DE, AT, CH, LI";
    const en = await client.call("PATCH", "/api/workspace/settings", { phoneCountry: "FR" });
    expect(en.status).toBe(400);
    expect(en.body).toEqual({
      error: {
        status: 400,
        code: "validation_failed",
        message: "The input is not valid.",
        fields: [
          { field: "phoneCountry", code: "unknown_value", message: `Unknown value; allowed: ${allowed}.` },
        ],
      },
    });
    const de = await client.call(
      "PATCH",
      "/api/workspace/settings",
      { phoneCountry: "at" },
      { "accept-language": "de" },
    );
    expect(de.status).toBe(400);
    expect((de.body.error as { fields: unknown[] }).fields).toEqual([
      { field: "phoneCountry", code: "unknown_value", message: `Unbekannter Wert; erlaubt: ${allowed}.` },
    ]);
    const wrongType = await client.call("PATCH", "/api/workspace/settings", { phoneCountry: 43 });
    expect(wrongType.status).toBe(400);
    expect((wrongType.body.error as { fields: Array<{ field: string }> }).fields[0]?.field).toBe(
      "phoneCountry",
    );
    expect((await client.call("GET", "/api/workspace/settings")).body.phoneCountry).toBe("DE");
  });

  it("lets members read the country but not change it", async () => {
    const client = await signedInClient(store());
    const member = await memberCaller(client);
    expect((await member("GET", "/api/workspace/settings")).body.phoneCountry).toBe("DE");
    expect((await member("PATCH", "/api/workspace/settings", { phoneCountry: "AT" })).status).toBe(403);
    expect((await client.call("GET", "/api/workspace/settings")).body.phoneCountry).toBe("DE");
  });
});
