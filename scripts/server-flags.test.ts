import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "../bench/lib/server-process.ts";

// The bench must measure the server as `npm start` runs it (decision 096).
it("npm start runs the server with the Node flags the bench measures it with", () => {
  const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const start = pkg.scripts.start ?? "";
  expect(start).toMatch(/^node .*bin\/kundenfreund\.js serve$/);
  for (const flag of SERVER_NODE_FLAGS) expect(start.split(" ")).toContain(flag);
});
