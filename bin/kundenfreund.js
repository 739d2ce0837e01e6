#!/usr/bin/env node
// Kundenfreund runs the server build in dist/server (`npm run build`, vite.server.config.ts) when
// it matches the sources, and otherwise its TypeScript sources through tsx (Node 20 has no type
// stripping; tsx compiles on load). A fresh clone, or a source edited since the last build, runs
// from source: never stale code, only a slower start. KUNDENFREUND_FROM_SOURCE=1 forces the sources;
// KUNDENFREUND_REQUIRE_BUILD=1 refuses to run without a current build (benchmarks).
// See docs/decisions/004-run-typescript-with-tsx.md and 092-server-bundle.md.
import { readFileSync, statSync } from "node:fs";

const ROOT = new URL("../", import.meta.url);
const BUILD = new URL("dist/server/", ROOT);

/** The build's entry URL if every source it was built from is unchanged (size and mtime), else null. */
function currentBuild() {
  try {
    const manifest = JSON.parse(readFileSync(new URL("build-inputs.json", BUILD), "utf8"));
    for (const [file, built] of Object.entries(manifest.inputs)) {
      const now = statSync(new URL(file, ROOT), { throwIfNoEntry: false });
      if (!now || now.size !== built.size || now.mtimeMs !== built.mtimeMs) return null;
    }
    return new URL(manifest.entry, BUILD).href;
  } catch {
    // No build, or a half-written one: the sources are always right.
    return null;
  }
}

const build = process.env.KUNDENFREUND_FROM_SOURCE ? null : currentBuild();
if (!build && process.env.KUNDENFREUND_REQUIRE_BUILD) {
  // Benchmarks measure the build users run; the sources through tsx would measure the compiler.
  console.error("kundenfreund: no current build in dist/server (run `npm run build:server`)");
  process.exit(1);
}
if (build) {
  await import(build);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
