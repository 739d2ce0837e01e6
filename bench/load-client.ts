// The second process of the mixed-load measure: 32 connections, 80 % reads / 20 % writes, for a
// bounded time, against a server on loopback. Prints one JSON line with what it saw.
import { summarise } from "./lib/stats.ts";

const [url, token, personIdsJson, secondsArg, connectionsArg] = process.argv.slice(2);
if (!url?.startsWith("http://127.0.0.1") || !token) throw new Error("loopback URL and token required");
const personIds = JSON.parse(personIdsJson ?? "[]") as string[];
const seconds = Number(secondsArg ?? 20);
const connections = Number(connectionsArg ?? 32);
const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
const latencies: number[] = [];
const writtenIds: string[] = [];
let errors = 0;
let requests = 0;
const deadline = performance.now() + seconds * 1000;
const prefixes = ["m", "mü", "sch", "be", "an", "jü", "we", "ko"];

async function one(worker: number, n: number): Promise<void> {
  const pick = (n * 7919 + worker * 104729) % 100;
  const person = personIds[(n * 31 + worker) % personIds.length];
  const started = performance.now();
  let response: Response;
  if (pick < 20) {
    response = await fetch(`${url}/api/interactions`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        occurredAt: new Date().toISOString(),
        kind: "call",
        participantIds: [person],
        summary: `Last ${worker}-${n}`,
      }),
    });
    if (response.status === 201) writtenIds.push(((await response.json()) as { id: string }).id);
    else await response.arrayBuffer();
  } else {
    const path =
      pick < 35
        ? "/api/today"
        : pick < 55
          ? `/api/search?q=${encodeURIComponent(prefixes[n % prefixes.length] ?? "m")}`
          : pick < 75
            ? `/api/people/${person}`
            : `/api/people?limit=50&offset=${(n * 50) % 5000}`;
    response = await fetch(`${url}${path}`, { headers });
    await response.arrayBuffer();
  }
  latencies.push(performance.now() - started);
  requests += 1;
  if (response.status >= 400) errors += 1;
}

await Promise.all(
  Array.from({ length: connections }, async (_, worker) => {
    for (let n = 0; performance.now() < deadline; n += 1) {
      try {
        await one(worker, n);
      } catch {
        errors += 1;
      }
    }
  }),
);
const timing = summarise(latencies);
process.stdout.write(
  `${JSON.stringify({ requests, errors, seconds, throughput: requests / seconds, p50: timing.median, p99: timing.p99, writtenIds })}\n`,
);
