import { expect, it } from "vitest";
import { NotFoundError } from "../core/errors.ts";
import { describeFailure } from "./output.ts";

it("names a record that is not there plainly, in the language asked, without a stack trace", () => {
  const error = new NotFoundError("person", "01a25321-3f5e-79c6-b10d-db001fbf278d");
  expect(describeFailure(error, "de")).toBe("Nicht gefunden: Person 01a25321-3f5e-79c6-b10d-db001fbf278d.");
  expect(describeFailure(error, "en")).toBe("Not found: person 01a25321-3f5e-79c6-b10d-db001fbf278d.");
  // What is missing is named in the reader's language; a name with no translation stays as it is.
  expect(describeFailure(new NotFoundError("open loop", "x"), "de")).toBe("Nicht gefunden: offener Faden x.");
  expect(describeFailure(new NotFoundError("widget", "x"), "de")).toBe("Nicht gefunden: widget x.");
});

it("shows the stack of anything else: that is a bug to report, not an input to correct", () => {
  expect(describeFailure(new Error("kaputt"), "de")).toMatch(/^Error: kaputt\n\s+at /);
});
