import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMAND_LOADERS, selectCommandLoaders } from "./command-loaders.ts";

const NAMES = Object.keys(COMMAND_LOADERS);

describe("command loaders", () => {
  it("each name loads the command of that name, so the named command is the one that runs", async () => {
    for (const [name, load] of Object.entries(COMMAND_LOADERS)) {
      expect((await load()).name()).toBe(name);
    }
  });

  it("a command line that names a command loads only that command", () => {
    for (const name of NAMES) {
      expect(selectCommandLoaders([name, "--data", "/tmp/x"])).toEqual([COMMAND_LOADERS[name]]);
    }
  });

  it("help, no command, an unknown name or an inherited property name load every command", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant<string[]>([]),
          fc.constantFrom(["--help"], ["-h"], ["help", "serve"], ["toString"], ["constructor"]),
          fc.array(fc.string(), { minLength: 1 }).filter((args) => !NAMES.includes(args[0] as string)),
        ),
        (args) => {
          expect(selectCommandLoaders(args)).toEqual(Object.values(COMMAND_LOADERS));
        },
      ),
    );
  });
});
