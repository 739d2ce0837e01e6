// `npm run check` step: fails when a file imports across the folder rules of docs/ARCHITECTURE.md.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { checkFile } from "./import-rules.ts";

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx)$/.test(entry)) yield full;
  }
}

const root = path.resolve(import.meta.dirname, "..");
const violations = [...sourceFiles(path.join(root, "src"))].flatMap((file) => {
  const relative = path.relative(root, file).split(path.sep).join("/");
  return checkFile(relative, readFileSync(file, "utf8"));
});
for (const v of violations)
  console.error(`${v.file}: ${v.specifier ? `"${v.specifier}" — ` : ""}${v.reason}`);
if (violations.length > 0) {
  console.error(`${violations.length} import rule violation(s); see docs/ARCHITECTURE.md`);
  process.exit(1);
}
console.log("Import rules: ok");
