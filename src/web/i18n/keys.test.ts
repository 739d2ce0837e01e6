import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "./de.json" with { type: "json" };
import en from "./en.json" with { type: "json" };

const WEB_ROOT = path.resolve(import.meta.dirname, "..");
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === "object" ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

/** Literal keys of t("a.b") and the fixed prefixes of computed keys (t(`a.` + …)) in the sources. */
function usedKeys(source: string): { literal: string[]; prefixes: string[] } {
  const literal = [...source.matchAll(/\bt\(\s*"([^"]+)"/g)].map((m) => m[1] ?? "");
  const prefixes = [...source.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)].map((m) => m[1] ?? "");
  return { literal, prefixes };
}

/** A key exists as itself or as the plural forms i18next picks from with { count }. */
function hasKey(keys: Set<string>, key: string): boolean {
  return keys.has(key) || keys.has(`${key}_one`) || keys.has(`${key}_other`);
}

const deKeys = new Set(flatten(de));
const enKeys = new Set(flatten(en));
const sources = sourceFiles(WEB_ROOT).map((file) => ({
  file: path.relative(WEB_ROOT, file),
  ...usedKeys(readFileSync(file, "utf8")),
}));

describe("translation files", () => {
  it("have exactly the same keys in German and English", () => {
    expect([...deKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !deKeys.has(key))).toEqual([]);
  });

  it("hold every key the app uses, in both languages", () => {
    const missing = sources.flatMap(({ file, literal }) =>
      literal.flatMap((key) => [
        ...(hasKey(deKeys, key) ? [] : [`de: ${key} (${file})`]),
        ...(hasKey(enKeys, key) ? [] : [`en: ${key} (${file})`]),
      ]),
    );
    expect(missing).toEqual([]);
  });

  it("hold a group for every computed key prefix (stage.<value>)", () => {
    const missing = sources.flatMap(({ file, prefixes }) =>
      prefixes.flatMap((prefix) =>
        [deKeys, enKeys].some((keys) => ![...keys].some((key) => key.startsWith(prefix)))
          ? [`${prefix} (${file})`]
          : [],
      ),
    );
    expect(missing).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const textAt = (tree: object, key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    const differing = [...deKeys].filter(
      (key) =>
        enKeys.has(key) &&
        !PLURAL_SUFFIX.test(key) &&
        placeholders(textAt(de, key)).join() !== placeholders(textAt(en, key)).join(),
    );
    expect(differing).toEqual([]);
  });

  it("finds keys in the sources at all (the scanner itself works)", () => {
    const computed = ["t(`stage.$", "{x}`)"].join("");
    const sample = usedKeys(`t("nav.today"); ${computed}; other("x.y")`);
    expect(sample).toEqual({ literal: ["nav.today"], prefixes: ["stage."] });
    expect(sources.reduce((n, s) => n + s.literal.length, 0)).toBeGreaterThan(100);
  });
});
