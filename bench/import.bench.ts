// Import benchmark: 100,000 contacts as CSV (German Excel) and as vCard 3.0, generated from a fixed
// seed, each imported into a fresh SQLite store. Prints rows/s and the peak resident memory.
// Run: npx tsx bench/import.bench.ts [rows]   (not part of npm test; BENCH_FORMATS=csv skips vCard)
// Each import runs in a process of its own, so its peak memory is the import's (plus Node, tsx and
// the modules), not the garbage of generating the files or of the import before it.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ContactRecord, createContactRecord } from "../src/io/contact-record.ts";
import { exportContactsCsv } from "../src/io/csv/export-contacts-csv.ts";
import { serialiseVcard } from "../src/io/vcard/serialise-vcard.ts";
import { importContacts } from "../src/services/io/import-contacts.ts";
import type { ImportReport } from "../src/services/io/import-types.ts";
import { openStore } from "../src/store/open-store.ts";
import { buildWorkspace, testContext } from "../src/test/factories.ts";

const MEASURE = process.argv[2] === "--measure";
const ROWS = MEASURE ? 0 : Number(process.argv[2] ?? 100_000);
const COMPANIES = 2_000;
const FIRST = [
  "Anna",
  "Jürgen",
  "Maria",
  "Stefan",
  "Özlem",
  "Lukas",
  "Sophie",
  "Thomas",
  "Katrin",
  "Jan",
  "Mia",
  "Hans-Peter",
];
const LAST = [
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Schulz",
  "Hoffmann",
  "Groß",
  "Kaya",
];
const TAGS = ["Kunde", "Messe 2026", "VIP", "Einkauf", "Technik"];

/** mulberry32: a tiny deterministic generator, so every run imports the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* contacts(count: number): Generator<ContactRecord> {
  const next = random(42);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  for (let i = 0; i < count; i += 1) {
    const firstName = pick(FIRST);
    // A letter code twice keeps names unique and at least two edits apart, so the benchmark
    // measures creation, not the merging of look-alike names.
    const code = i.toString(26);
    const lastName = `${pick(LAST)}-${code}${code}`;
    yield createContactRecord({
      firstName,
      lastName,
      organisation: `Firma ${Math.floor(next() * COMPANIES)} GmbH`,
      jobTitle: next() < 0.5 ? "Einkaufsleitung" : null,
      channels: [
        { kind: "email", label: "work", value: `kontakt${i}@example.test` },
        { kind: "phone", label: "mobile", value: `+49 171 ${String(1_000_000 + i)}` },
      ],
      birthday:
        next() < 0.3
          ? { day: 1 + Math.floor(next() * 28), month: 1 + Math.floor(next() * 12), year: null }
          : null,
      notes: next() < 0.2 ? "Kennengelernt auf der Hannover Messe; mag Fußball." : null,
      tags: next() < 0.5 ? [pick(TAGS)] : [],
    });
  }
}

async function writeFile(file: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for await (const chunk of chunks) if (!out.write(chunk)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

function* vcards(count: number): Generator<string> {
  for (const record of contacts(count)) yield serialiseVcard(record, "3.0");
}

async function measure(label: string, file: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-bench-"));
  const store = await openStore({ url: path.join(dir, "bench.sqlite") });
  const ctx = testContext(store, new Date());
  const { actor } = await buildWorkspace(ctx);
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const cpuBefore = process.cpuUsage();
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 20);
  const started = performance.now();
  let report: ImportReport;
  try {
    report = await importContacts(
      ctx,
      actor,
      createReadStream(file),
      { filename: path.basename(file) },
      {
        onProgress: ({ rowsRead, elapsedMs }) => {
          sample();
          process.stderr.write(
            `\r${label}: ${rowsRead} rows, ${Math.round(rowsRead / (elapsedMs / 1000 || 1))} rows/s   `,
          );
        },
      },
    );
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  sample();
  // The kernel's high-water mark, which also sees peaks between two samples.
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  process.stderr.write("\n");
  const terms = await store.db
    .selectFrom("search_terms")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  console.log(
    `${label}: ${report.rowsRead} rows in ${seconds.toFixed(1)} s = ${Math.round(report.rowsRead / seconds)} rows/s, ` +
      `CPU ${cpuSeconds.toFixed(1)} s = user ${(cpu.user / 1e6).toFixed(1)} + sys ${(cpu.system / 1e6).toFixed(1)} ` +
      `(${Math.round(report.rowsRead / cpuSeconds)} rows per CPU second), ` +
      `peak RSS ${Math.round(peak / 1024 / 1024)} MB (${Math.round(baseline / 1024 / 1024)} MB before); created ${report.created}, merged ${report.merged}, ` +
      `failed ${report.failed}, companies ${report.companiesCreated}, search terms ${terms.n}`,
  );
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Runs one import in a child process of the same Node and loader (tsx) as this one. */
async function measureInChild(label: string, file: string): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, "--measure", label, file], {
    stdio: "inherit",
  });
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`${label.trim()} import exited with ${code}`);
}

if (MEASURE) {
  await measure(process.argv[3] ?? "", process.argv[4] ?? "");
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kundenfreund-bench-files-"));
  try {
    const csv = path.join(dir, "contacts.csv");
    const vcf = path.join(dir, "contacts.vcf");
    await writeFile(csv, exportContactsCsv(contacts(ROWS), "de"));
    await writeFile(vcf, vcards(ROWS));
    console.log(`node ${process.version}, ${os.cpus().length} CPUs, ${ROWS} rows`);
    await measureInChild("CSV  ", csv);
    if (process.env.BENCH_FORMATS !== "csv") await measureInChild("vCard", vcf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
