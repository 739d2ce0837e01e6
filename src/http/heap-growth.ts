import v8 from "node:v8";

/**
 * How much V8 lets the heap grow past what survived the last full collection: 30 % instead of its
 * own choice (up to 300 % while collections are cheap). An import allocates fast and keeps little:
 * importing 100,000 contacts kept ~55 MB alive but let the heap reach ~180 MB before collecting,
 * ~100 MB more resident memory for ~5 % more CPU (decisions 098, 114).
 */
const HEAP_GROWING_PERCENT = 30;
/** V8's own heuristics. */
const V8_DEFAULT = 0;

/** For a command that runs one bulk job and ends (the `import` command). */
export function growHeapSlowly(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * The server grows its heap slowly only while imports run (decision 114): an import through the web
 * keeps within the memory it has, and ordinary requests, with their short-lived garbage, get V8's
 * heuristics back once the last import has ended.
 */
export function growHeapSlowlyWhile(importsRunning: number): void {
  v8.setFlagsFromString(`--heap-growing-percent=${importsRunning > 0 ? HEAP_GROWING_PERCENT : V8_DEFAULT}`);
}
