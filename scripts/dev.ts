// `npm run dev`: the API server (kundenfreund serve on port 4680) and the Vite dev server with hot
// reload (port 5173) that proxies /api to it. The printed sign-in link is rewritten to the Vite
// port, so signing in lands in the hot-reloading app; the session cookie is host-wide, so both
// ports share it.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createServer } from "vite";

const ROOT = path.resolve(import.meta.dirname, "..");
const API_PORT = 4680;
const WEB_PORT = 5173;

function startApi(extraArgs: string[]): ChildProcess {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "bin/kundenfreund.js"), "serve", "--port", String(API_PORT), ...extraArgs],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(
      chunk.toString("utf8").replaceAll(`:${API_PORT}/api/auth/sign-in`, `:${WEB_PORT}/api/auth/sign-in`),
    );
  });
  return child;
}

const api = startApi(process.argv.slice(2));
const vite = await createServer({ configFile: path.join(ROOT, "vite.config.ts") });
await vite.listen(WEB_PORT);
vite.printUrls();

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  api.kill("SIGTERM");
  await vite.close();
  process.exit(code);
}

api.on("exit", (code) => {
  if (!stopping) {
    console.error(`kundenfreund serve stopped (exit code ${code ?? "?"}).`);
    void stop(code ?? 1);
  }
});
process.once("SIGINT", () => void stop(0));
process.once("SIGTERM", () => void stop(0));
