import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { channelKey, phoneKey } from "./channel-key.ts";

describe("phoneKey", () => {
  it("writes a German number the same however it is written", () => {
    const forms = [
      "+49 171 5550001",
      "+49 (0)171 555-0001",
      "0049 171 5550001",
      "0171 / 555 00 01",
      "(0171) 5550001",
      "+49 0171 5550001",
    ];
    for (const form of forms) expect(phoneKey(form)).toBe("00491715550001");
  });

  it("keeps other countries' numbers and numbers without an area as they are", () => {
    expect(phoneKey("+43 664 1234567")).toBe("00436641234567");
    expect(phoneKey("+39 06 1234567")).toBe("0039061234567");
    expect(phoneKey("555-0001")).toBe("5550001");
    expect(phoneKey("")).toBe("");
  });

  it("is stable: a key read as a number gives itself again", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const key = phoneKey(value);
        expect(key).toMatch(/^\d*$/);
        expect(phoneKey(key)).toBe(key);
      }),
    );
  });

  it("leaves emails to their own rule", () => {
    expect(channelKey("email", " Ida@Example.TEST ")).toBe("ida@example.test");
    expect(channelKey("phone", "0171 5550001")).toBe(channelKey("phone", "+49 171 5550001"));
  });
});
