/** Timing helpers: median and p95 of repeated runs, after warm-up. */
export interface Timing {
  median: number;
  p95: number;
  p99: number;
  runs: number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), runs: sorted.length };
}

export async function time(
  run: (iteration: number) => Promise<unknown>,
  options: { runs?: number; warmup?: number } = {},
): Promise<Timing> {
  const runs = options.runs ?? 40;
  for (let i = 0; i < (options.warmup ?? 5); i += 1) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}
