import { describe, expect, it } from "vitest";
import { checkFile, importsOf } from "./import-rules.ts";

describe("import rules", () => {
  it("finds static, type-only, re-export and dynamic imports", () => {
    const source = `import { a } from "./a.ts";\nimport type { B } from "../core/b.ts";\nexport * from "./c.ts";\nconst d = await import("./d.ts");`;
    expect(importsOf(source)).toEqual([
      { specifier: "./a.ts", typeOnly: false },
      { specifier: "../core/b.ts", typeOnly: true },
      { specifier: "./c.ts", typeOnly: false },
      { specifier: "./d.ts", typeOnly: false },
    ]);
  });

  it("refuses SQL layers in routes, and services in the core", () => {
    expect(
      checkFile("src/http/routes/x.ts", `import { findUser } from "../../store/workspaces.ts";`),
    ).toHaveLength(1);
    expect(checkFile("src/core/x.ts", `import { createPerson } from "../services/people.ts";`)).toHaveLength(
      1,
    );
    expect(
      checkFile("src/http/routes/x.ts", `import { createPerson } from "../../services/people.ts";`),
    ).toEqual([]);
  });

  it("lets the web app import core and http for types only", () => {
    expect(checkFile("src/web/a.tsx", `import type { Person } from "../core/model/person.ts";`)).toEqual([]);
    expect(checkFile("src/web/a.tsx", `import { fullName } from "../core/model/person.ts";`)).toHaveLength(1);
  });

  it("keeps I/O, the clock and randomness out of the core", () => {
    expect(checkFile("src/core/a.ts", `import fs from "node:fs";`)).toHaveLength(1);
    expect(checkFile("src/core/a.ts", "export const now = () => Date.now();")).toHaveLength(1);
    expect(checkFile("src/core/a.test.ts", `import fs from "node:fs";`)).toEqual([]);
  });
});
