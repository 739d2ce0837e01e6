import { TooManyRequestsError } from "../core/errors.ts";
import { growHeapSlowlyWhile } from "./heap-growth.ts";

/**
 * Imports and previews one server process runs at once. Each holds the duplicate index of its file
 * while it runs (about 50 MB at 100,000 contacts, a preview about 100 MB: it keeps every email and
 * phone of the file), and the server's budget is 250 MB. While any runs, the heap grows slowly
 * (decision 114). A third upload is refused at once, before its file is read, rather than queued
 * behind minutes of work with its upload hanging.
 */
export const IMPORTS_AT_ONCE = 2;
const RETRY_AFTER_SECONDS = 30;

const running = new WeakMap<object, number>();
/** Across every server of the process: the heap setting is the process's (tests run several). */
let runningInProcess = 0;

/** Runs one import or preview on `server`'s account, or refuses it when all slots are taken. */
export async function withImportSlot<T>(server: object, work: () => Promise<T>): Promise<T> {
  const busy = running.get(server) ?? 0;
  if (busy >= IMPORTS_AT_ONCE) {
    throw new TooManyRequestsError(RETRY_AFTER_SECONDS, {
      de: "Gerade laufen schon zwei Importe. Bitte in einer halben Minute noch einmal versuchen.",
      en: "Two imports are running already. Please try again in half a minute.",
    });
  }
  running.set(server, busy + 1);
  runningInProcess += 1;
  growHeapSlowlyWhile(runningInProcess);
  try {
    return await work();
  } finally {
    running.set(server, (running.get(server) ?? 1) - 1);
    runningInProcess -= 1;
    growHeapSlowlyWhile(runningInProcess);
  }
}
