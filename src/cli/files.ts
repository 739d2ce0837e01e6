import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { ValidationError } from "../core/errors.ts";
import type { Localized } from "../core/locale.ts";

// The files a command reads and writes, checked before it starts: a path that cannot work is told
// as such, naming its option, instead of failing after the work (an import already stored, an
// export already read) with the system's error.

/**
 * The size of a file a command reads, for its progress bar; a missing or unreadable path is told
 * as such before anything starts (not as an import that "could not be read to the end").
 */
export function inputFileSize(file: string): number {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fileProblem(
      code === "ENOENT"
        ? { de: `„${file}“ gibt es nicht.`, en: `"${file}" does not exist.` }
        : { de: `„${file}“ lässt sich nicht lesen (${code}).`, en: `"${file}" cannot be read (${code}).` },
    );
  }
  if (!stats.isFile()) {
    throw fileProblem({ de: `„${file}“ ist keine Datei.`, en: `"${file}" is not a file.` });
  }
  return stats.size;
}

/**
 * Checks that `file` can be created or replaced: its folder exists and may be written to, and it is
 * no folder itself. `field` is the option that named it ("out", "failedRows").
 */
export function checkWritableFile(file: string, field: string): void {
  const existing = statOrNull(file);
  if (existing?.isDirectory()) {
    throw fileProblem({ de: `„${file}“ ist ein Ordner.`, en: `"${file}" is a folder.` }, field, "invalid");
  }
  const folder = path.dirname(path.resolve(file));
  const target = existing ? file : folder;
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw fileProblem(
      code === "ENOENT"
        ? { de: `Den Ordner „${folder}“ gibt es nicht.`, en: `The folder "${folder}" does not exist.` }
        : {
            de: `„${target}“ lässt sich nicht beschreiben (${code}).`,
            en: `"${target}" cannot be written to (${code}).`,
          },
      field,
      code === "ENOENT" ? "not_found" : "invalid",
    );
  }
}

function statOrNull(file: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function fileProblem(message: Localized, field = "file", code = "not_found"): ValidationError {
  return new ValidationError([{ field, code, message }]);
}
