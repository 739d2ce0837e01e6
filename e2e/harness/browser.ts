import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// Flags for a quiet, deterministic headless run in containers: no sandbox (often unavailable as
// root), no GPU, no background traffic to Google, no /dev/shm (small in containers).
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** A real Chromium: the Debian package where installed, else the one inside @sparticuz/chromium. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = existsSync(SYSTEM_CHROMIUM)
    ? SYSTEM_CHROMIUM
    : await (await import("@sparticuz/chromium")).default.executablePath();
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}
