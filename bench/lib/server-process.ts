import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const BIN = path.resolve(import.meta.dirname, "../../bin/kundenfreund.js");

/**
 * The Node flags `npm start` runs the server with (package.json, decision 096); the bench starts
 * the server, and runs its in-process agenda measure, the same way. A test keeps the two in step.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first answered request. */
  coldStartMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `kundenfreund serve` as its own process, as a user would, and waits for it to answer. */
export async function startServer(databaseUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, BIN, "serve", "--port", String(port), "--database-url", databaseUrl],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, LOG_LEVEL: "error" },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 60_000) throw new Error("server did not start within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const coldStartMs = performance.now() - started;
  return {
    url,
    child,
    coldStartMs,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
