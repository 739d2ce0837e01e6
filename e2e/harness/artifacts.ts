import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "../../test-artifacts/screenshots");

/**
 * Saves a screenshot to test-artifacts/screenshots/<name>.png (gitignored): the whole page, or only
 * the viewport for endless lists.
 */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // Sticky bars are drawn where the page was scrolled to; from the top the capture reads naturally.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Page objects in a PDF ("/Type /Page", not the "/Type /Pages" tree node). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
