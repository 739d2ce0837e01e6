// The folder rules of docs/ARCHITECTURE.md, as data and one pure function, so `npm run check`
// can enforce them and a test can prove the checker itself catches violations.

export type Layer = "core" | "io" | "store" | "services" | "http" | "cli" | "web" | "test";

/** Which of our layers each layer may import (its own always allowed). */
export const ALLOWED: Record<Layer, Layer[]> = {
  core: [],
  io: ["core"],
  store: ["core"],
  services: ["core", "store", "io"],
  // http and cli are entry points: they reach data through services only. cli starts the server,
  // so it may compose http.
  http: ["services", "core"],
  cli: ["services", "core", "http"],
  web: [],
  test: ["core", "io", "store", "services", "http", "cli"],
};

/** Layers that others may use for types only (`import type`), never at run time. */
export const TYPE_ONLY: Partial<Record<Layer, Layer[]>> = {
  web: ["core", "http"],
  http: ["store"],
};

/** Packages that must not appear in a layer (I/O in the pure core; the database outside store). */
export const FORBIDDEN_PACKAGES: Partial<Record<Layer, RegExp>> = {
  core: /^(node:|fs$|path$|better-sqlite3|pg$|kysely|fastify|react)/,
  io: /^(better-sqlite3|pg$|kysely|fastify|react)/,
  http: /^(better-sqlite3|pg$|kysely)/,
  cli: /^(better-sqlite3|pg$|kysely)/,
  web: /^(node:|better-sqlite3|pg$|kysely|fastify)/,
};

export interface ImportStatement {
  specifier: string;
  typeOnly: boolean;
}

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

export function importsOf(source: string): ImportStatement[] {
  const found: ImportStatement[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4];
    if (specifier) found.push({ specifier, typeOnly: Boolean(match[2]) });
  }
  return found;
}

export function layerOf(path: string): Layer | null {
  const match = /^src\/(core|io|store|services|http|cli|web|test)\//.exec(path);
  return (match?.[1] as Layer | undefined) ?? null;
}

/** Resolves a relative specifier against the importing file ("src/http/app.ts" + "../core/x.ts"). */
export function resolveRelative(from: string, specifier: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const segment of specifier.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

const CLOCK_OR_RANDOM = /\bDate\.now\(\)|new Date\(\)|Math\.random\(\)/;

export function checkFile(path: string, source: string): Violation[] {
  const layer = layerOf(path);
  if (!layer) return [];
  const isTest = /\.test\.tsx?$/.test(path);
  const violations: Violation[] = [];
  for (const { specifier, typeOnly } of importsOf(source)) {
    if (!specifier.startsWith(".")) {
      const forbidden = FORBIDDEN_PACKAGES[layer];
      if (forbidden?.test(specifier) && !isTest) {
        violations.push({ file: path, specifier, reason: `${layer} must not use ${specifier}` });
      }
      continue;
    }
    const target = layerOf(resolveRelative(path, specifier));
    if (!target || target === layer) continue;
    // Tests set up their world through any layer; only the pure core's tests stay pure.
    if (isTest && (target === "test" || layer !== "core")) continue;
    if (ALLOWED[layer].includes(target)) continue;
    // A test may check at run time what its layer only uses as types (e.g. a vocabulary kept in sync).
    if ((typeOnly || isTest) && TYPE_ONLY[layer]?.includes(target)) continue;
    violations.push({
      file: path,
      specifier,
      reason: `${layer} may not import ${target}${typeOnly ? "" : " at run time"}`,
    });
  }
  if (layer === "core" && !isTest && CLOCK_OR_RANDOM.test(source)) {
    violations.push({
      file: path,
      specifier: "",
      reason: "core reads the clock or randomness; pass `now`/a seed in",
    });
  }
  return violations;
}
