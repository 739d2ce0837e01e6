import { statSync } from "node:fs";
import { ValidationError } from "../core/errors.ts";

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

function fileProblem(message: { de: string; en: string }): ValidationError {
  return new ValidationError([{ field: "file", code: "not_found", message }]);
}
