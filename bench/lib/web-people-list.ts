// The People list in a real Chromium with the whole workspace loaded: time from navigation to the
// first real rows, and whether scrolling ever shows an empty viewport or unfilled rows.

import { launchBrowser } from "../../e2e/harness/browser.ts";
import type { Actor } from "../../src/core/model/actor.ts";
import { createSignInLink } from "../../src/services/credentials.ts";
import type { Store } from "../../src/store/open-store.ts";

export interface PeopleListResult {
  firstRowsMs: number;
  scrollSteps: number;
  /** Steps where not a single row was in the viewport. */
  blankSteps: number;
  /** Steps where placeholder rows were still visible 250 ms after the scroll. */
  unfilledSteps: number;
}

export async function measurePeopleList(
  serverUrl: string,
  store: Store,
  actor: Actor,
): Promise<PeopleListResult> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { secret } = await createSignInLink({ store, clock: () => new Date() }, actor);
    await page.goto(`${serverUrl}/api/auth/sign-in?token=${secret}`);
    await page.waitForLoadState("networkidle");
    const started = performance.now();
    await page.goto(`${serverUrl}/people`);
    await page.waitForSelector("li.virtual-row .person-row:not(.placeholder)", { timeout: 30_000 });
    const firstRowsMs = performance.now() - started;
    let blankSteps = 0;
    let unfilledSteps = 0;
    const scrollSteps = 40;
    for (let step = 1; step <= scrollSteps; step += 1) {
      // Jump through the list like a user dragging the scrollbar, far beyond what was loaded.
      await page.evaluate(
        (fraction) => {
          const height = document.documentElement.scrollHeight;
          window.scrollTo(0, height * fraction);
        },
        step / (scrollSteps + 1),
      );
      // What the user sees is the next painted frame, not the DOM at the instant of the scroll event.
      const state = await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const rows = [...document.querySelectorAll("li.virtual-row")].filter((row) => {
          const box = row.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        });
        return { visible: rows.length };
      });
      if (state.visible === 0) blankSteps += 1;
      await page.waitForTimeout(250);
      const placeholders = await page.evaluate(
        () =>
          [...document.querySelectorAll("li.virtual-row .person-row.placeholder")].filter((row) => {
            const box = row.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          }).length,
      );
      if (placeholders > 0) unfilledSteps += 1;
    }
    return { firstRowsMs, scrollSteps, blankSteps, unfilledSteps };
  } finally {
    await browser.close();
  }
}
