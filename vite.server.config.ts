import { statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";

// The server (src/cli/main.ts and everything it imports) built into plain ESM in dist/server, so
// `kundenfreund` starts without compiling TypeScript on every start (tsx: ≈1 s). Pure-JS packages
// are bundled too: kysely and zod alone are ~400 ESM files, fastify and its plugins ~170 CommonJS
// files, and resolving and reading them one by one cost more start-up CPU than running them.
// bin/kundenfreund.js runs this build only while build-inputs.json matches the sources and the
// bundled packages, and falls back to tsx otherwise. See docs/decisions/092-server-bundle.md.

const ROOT = import.meta.dirname;
const SRC = path.join(ROOT, "src");
const OUT_DIR = path.join(ROOT, "dist/server");
/** What bin/kundenfreund.js reads to decide whether the build is current. */
const INPUTS_FILE = "build-inputs.json";

/**
 * Loaded from node_modules at run time, not bundled: better-sqlite3 is a native addon; pg stays the
 * package the PostgreSQL tests run (its optional pg-native is looked up at run time); pino resolves
 * its transport workers next to its own files (__dirname), which a bundle would not have.
 */
const EXTERNAL = ["better-sqlite3", "pg", "pino"];

function isOurSource(id: string): boolean {
  return (
    id.startsWith(SRC + path.sep) && id.endsWith(".ts") && !id.includes(`${path.sep}node_modules${path.sep}`)
  );
}

/** The package.json of the package a bundled module comes from: a new version rewrites it. */
function packageJsonOf(id: string): string | null {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = id.lastIndexOf(marker);
  if (at < 0) return null;
  const parts = id.slice(at + marker.length).split(path.sep);
  const name = parts[0]?.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1);
  return path.join(id.slice(0, at + marker.length), ...name, "package.json");
}

function relativeToRoot(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

/**
 * Sources find files next to them (API reference HTML, package.json, dist/web) through
 * import.meta.url and import.meta.dirname. In the build those would point at dist/server, so each
 * module gets them back relative to its own source file. All chunks sit in dist/server itself
 * (no sub-folders), so one relative path per module is right whichever chunk holds it.
 */
function keepSourceLocations(): Plugin {
  return {
    name: "kundenfreund:keep-source-locations",
    enforce: "pre",
    transform(code, id) {
      if (!isOurSource(id) || !code.includes("import.meta.")) return null;
      const fromOut = path.relative(OUT_DIR, id).split(path.sep).join("/");
      const fileUrl = `new URL(${JSON.stringify(fromOut)}, import.meta.url)`;
      let needsPathHelper = false;
      const rewritten = code.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key: string) => {
        if (key === "url") return `${fileUrl}.href`;
        needsPathHelper = true;
        const file = `__kfFileURLToPath(${fileUrl})`;
        return key === "filename" ? file : `__kfDirname(${file})`;
      });
      const helper = needsPathHelper
        ? 'import { fileURLToPath as __kfFileURLToPath } from "node:url";\nimport { dirname as __kfDirname } from "node:path";\n'
        : "";
      return { code: helper + rewritten, map: null };
    },
  };
}

/**
 * Records every source the build read, and the package.json of every bundled package, with size
 * and mtime; written after the bundle, so a build that failed half-way leaves no record.
 */
function recordInputs(): Plugin {
  const inputs = new Map<string, { size: number; mtimeMs: number }>();
  return {
    name: "kundenfreund:record-inputs",
    buildStart() {
      inputs.clear();
    },
    transform(_code, id) {
      const file = isOurSource(id) ? id : packageJsonOf(id);
      if (file && !inputs.has(relativeToRoot(file))) {
        const { size, mtimeMs } = statSync(file);
        inputs.set(relativeToRoot(file), { size, mtimeMs });
      }
      return null;
    },
    writeBundle() {
      const sorted = Object.fromEntries([...inputs].sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(
        path.join(OUT_DIR, INPUTS_FILE),
        `${JSON.stringify({ entry: "main.js", inputs: sorted }, null, 1)}\n`,
      );
    },
  };
}

export default defineConfig({
  root: ROOT,
  publicDir: false,
  plugins: [keepSourceLocations(), recordInputs()],
  logLevel: "warn",
  ssr: { noExternal: true, external: EXTERNAL },
  build: {
    ssr: "src/cli/main.ts",
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: "node20",
    // Readable stack traces without a source-map pass at start-up (--enable-source-maps costs time).
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        format: "esm",
        entryFileNames: "main.js",
        chunkFileNames: "[name]-[hash].js",
      },
    },
  },
});
