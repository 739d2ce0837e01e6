// The user-scale agenda measure, run in a process of its own (with the server's Node flags): it opens the fixture the parent
// built and times Heute for its salesperson. Its own process, like a server's, so the figure does
// not carry the garbage the fixture generator left in the parent's heap.
// Usage (by bench/run.ts): tsx bench/agenda-user-scale.ts <sqlite file> <workspace id> <user id>
import type { Actor } from "../src/core/model/actor.ts";
import { getToday } from "../src/services/relationship.ts";
import { openStore } from "../src/store/open-store.ts";
import { time } from "./lib/stats.ts";

const [url, workspaceId, userId] = process.argv.slice(2);
if (!url || !workspaceId || !userId) throw new Error("usage: agenda-user-scale.ts <file> <workspace> <user>");
const NOW = new Date("2026-11-27T09:00:00.000Z");
const store = await openStore({ url });
const actor: Actor = { workspaceId, userId, role: "owner", canWrite: true };
// 100 runs: with 40, the p95 is the second-slowest run, one garbage collection away from the max.
const timing = await time(() => getToday({ store, clock: () => NOW }, actor), { runs: 100, warmup: 10 });
await store.close();
process.stdout.write(`${JSON.stringify(timing)}\n`);
