import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { channelKey, phoneKey } from "./channel-key.ts";
import { isPhoneCountry, NUMBERING_PLANS, PHONE_COUNTRIES, type PhoneCountry } from "./phone-country.ts";

const country = fc.constantFrom(...PHONE_COUNTRIES);
const digit = fc.constantFrom(..."0123456789");

/** A number as dialled after the country code: it never starts with 0. */
const significantNumber = fc
  .tuple(fc.constantFrom(..."123456789"), fc.array(digit, { minLength: 3, maxLength: 12 }))
  .map(([first, rest]) => first + rest.join(""));

/** The digits as people write them: grouped with spaces, dashes or slashes, or not at all. */
function written(digits: string): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom("", "", " ", "-", " / "), { minLength: digits.length, maxLength: digits.length })
    .map((separators) => [...digits].map((d, i) => (i === 0 ? d : `${separators[i]}${d}`)).join(""));
}

/** What a user in `home` types for a number of their own country. */
function nationalForm(home: PhoneCountry, significant: string): string {
  return NUMBERING_PLANS[home].trunkZero ? `0${significant}` : significant;
}

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
    for (const form of forms) expect(phoneKey(form, "DE")).toBe("00491715550001");
  });

  it("reads a national number in the home country's numbering plan", () => {
    expect(phoneKey("0664 1234567", "AT")).toBe("00436641234567");
    expect(phoneKey("0664 1234567", "AT")).toBe(phoneKey("+43 664 1234567", "AT"));
    expect(phoneKey("079 123 45 67", "CH")).toBe("0041791234567");
    expect(phoneKey("079 123 45 67", "CH")).toBe(phoneKey("+41 (0)79 123 45 67", "CH"));
    // The same digits are another number with another home.
    expect(phoneKey("0664 1234567", "DE")).toBe("00496641234567");
    expect(phoneKey("0664 1234567", "DE")).not.toBe(phoneKey("+43 664 1234567", "DE"));
  });

  it("takes every number in Liechtenstein as national, since it has no trunk prefix", () => {
    expect(phoneKey("235 12 34", "LI")).toBe("004232351234");
    expect(phoneKey("235 12 34", "LI")).toBe(phoneKey("+423 235 12 34", "LI"));
    // No Liechtenstein number starts with 0: such a number is not given a country it may not have.
    expect(phoneKey("0171 5550001", "LI")).toBe("01715550001");
    expect(phoneKey("", "LI")).toBe("");
  });

  it("keeps other countries' numbers and numbers without an area as they are", () => {
    expect(phoneKey("+43 664 1234567", "DE")).toBe("00436641234567");
    expect(phoneKey("+39 06 1234567", "AT")).toBe("0039061234567");
    expect(phoneKey("555-0001", "DE")).toBe("5550001");
    expect(phoneKey("555-0001", "CH")).toBe("5550001");
    expect(phoneKey("", "DE")).toBe("");
  });

  it("drops a trunk 0 written after the code of a country that has one, whatever the home", () => {
    for (const home of PHONE_COUNTRIES) {
      expect(phoneKey("+43 0664 1234567", home)).toBe("00436641234567");
      expect(phoneKey("0041 079 123 45 67", home)).toBe("0041791234567");
    }
  });

  it("gives a national number and its international forms one key, in every home country", () => {
    fc.assert(
      fc.property(
        country,
        significantNumber.chain((n) => fc.tuple(fc.constant(n), written(n))),
        (home, [significant, grouped]) => {
          const code = NUMBERING_PLANS[home].callingCode;
          const key = `00${code}${significant}`;
          expect(phoneKey(nationalForm(home, grouped), home)).toBe(key);
          expect(phoneKey(`+${code} ${grouped}`, home)).toBe(key);
          expect(phoneKey(`00${code} ${grouped}`, home)).toBe(key);
          expect(phoneKey(`+${code} (0)${grouped}`, home)).toBe(key);
        },
      ),
    );
  });

  it("never lets the home country change the key of a number written with a country code", () => {
    const numberLike = fc.stringMatching(/^[0-9 ()/-]{0,20}$/);
    // A home country's code or another one, with a trunk 0 kept or not, then the number.
    const codes = [...Object.values(NUMBERING_PLANS).map((plan) => plan.callingCode), "39", "420", "1"];
    const afterCode = fc
      .tuple(fc.constantFrom(...codes), fc.constantFrom("", " ", " 0", " (0)", "00"), significantNumber)
      .map(([code, trunk, n]) => `${code}${trunk}${n}`);
    fc.assert(
      fc.property(
        fc.oneof(afterCode, numberLike, fc.string()),
        fc.constantFrom("+", "00"),
        (rest, prefix) => {
          const keys = PHONE_COUNTRIES.map((home) => phoneKey(`${prefix}${rest}`, home));
          expect(new Set(keys).size).toBe(1);
        },
      ),
    );
  });

  it("is stable: a key read as a number gives itself again, in the same home country", () => {
    const numberLike = fc.stringMatching(/^\+?[0-9 ()/-]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(numberLike, fc.string()), country, (value, home) => {
        const key = phoneKey(value, home);
        expect(key).toMatch(/^\d*$/);
        expect(phoneKey(key, home)).toBe(key);
      }),
    );
  });
});

describe("channelKey", () => {
  it("leaves emails and other kinds to their own rule, and phones to the home country", () => {
    expect(channelKey("email", " Ida@Example.TEST ", "AT")).toBe("ida@example.test");
    expect(channelKey("website", " Example.test/Über  uns ", "CH")).toBe("example.test/über uns");
    expect(channelKey("phone", "0171 5550001", "DE")).toBe(channelKey("phone", "+49 171 5550001", "DE"));
    expect(channelKey("phone", "0664 1234567", "AT")).toBe(channelKey("phone", "+43 664 1234567", "DE"));
  });
});

describe("phone countries", () => {
  it("are the four codes, and nothing else", () => {
    expect(PHONE_COUNTRIES.filter(isPhoneCountry)).toEqual(["DE", "AT", "CH", "LI"]);
    for (const value of ["de", "FR", "", null, 49]) expect(isPhoneCountry(value)).toBe(false);
  });
});
