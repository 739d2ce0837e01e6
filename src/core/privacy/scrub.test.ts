import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ERASED, identifyingStrings, participantStrings, scrubText } from "./scrub.ts";

const subject = {
  firstName: "Jan",
  lastName: "Becker",
  channelValues: ["jan.becker@example.test", "+49 170 1234567"],
};

describe("scrubText", () => {
  it("replaces whole-word names, emails and phone numbers, ignoring case", () => {
    expect(
      scrubText(
        "Mittagessen mit JAN BECKER und Eva; Mail an jan.becker@example.test",
        identifyingStrings(subject),
      ),
    ).toBe(`Mittagessen mit ${ERASED} und Eva; Mail an ${ERASED}`);
    expect(scrubText("Becker, Jan rief an: +49 170 1234567", identifyingStrings(subject))).toBe(
      `${ERASED} rief an: ${ERASED}`,
    );
  });

  it("leaves other words alone: Janina, Beckers, Bäckerei; bare first names only where the person took part", () => {
    expect(scrubText("Janina Beckers aus der Bäckerei", participantStrings(subject))).toBe(
      "Janina Beckers aus der Bäckerei",
    );
    expect(scrubText("Jan sagt, Becker zahlt", identifyingStrings(subject))).toBe("Jan sagt, Becker zahlt");
    expect(scrubText("Jan sagt, Becker zahlt", participantStrings(subject))).toBe(
      `${ERASED} sagt, ${ERASED} zahlt`,
    );
  });

  it("ignores needles shorter than two characters", () => {
    expect(scrubText("A und B", ["A", ""])).toBe("A und B");
  });

  it("property: after scrubbing, no needle remains as a whole word", () => {
    const name = fc.stringMatching(/^[A-ZÄÖÜ][a-zäöüß]{2,8}$/);
    fc.assert(
      fc.property(
        name,
        name,
        fc.array(fc.constantFrom("und", "mit", ",", " ", "Eva", "."), { maxLength: 8 }),
        (first, last, filler) => {
          const text = [first, ...filler, `${first} ${last}`, ...filler, last.toUpperCase()].join(" ");
          const scrubbed = scrubText(
            text,
            participantStrings({ firstName: first, lastName: last, channelValues: [] }),
          );
          for (const needle of [first, last]) {
            expect(new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, "iu").test(scrubbed)).toBe(
              false,
            );
          }
        },
      ),
    );
  });
});
