import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import de from "../../src/web/i18n/de.json" with { type: "json" };
import en from "../../src/web/i18n/en.json" with { type: "json" };
import { countPdfPages, saveScreenshot } from "./artifacts.ts";
import { seriousViolations } from "./axe.ts";
import { launchBrowser } from "./browser.ts";
import { elementsWiderThanViewport } from "./layout.ts";
import { type RunningServer, startServer } from "./server.ts";

type Lang = "de" | "en";
const TEXTS = { de, en } as const;
const BROWSER_LOCALE: Record<Lang, string> = { de: "de-DE", en: "en-GB" };
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
const STEP_TIMEOUT_MS = 30_000;

/**
 * The whole app in a real Chromium against the real server, in one language. Tests run in order
 * and share one workspace: the first loads the demo that the others use.
 */
export function describeApp(lang: Lang): void {
  const tr = TEXTS[lang];
  describe(`web app in ${lang === "de" ? "German" : "English"}`, () => {
    let server: RunningServer;
    let browser: Browser;
    let desktop: BrowserContext;
    let page: Page;
    const cspErrors: string[] = [];
    let personId = "";
    let personName = "";

    const open = async (kind: "desktop" | "phone"): Promise<{ context: BrowserContext; page: Page }> => {
      const context = await browser.newContext({
        locale: BROWSER_LOCALE[lang],
        viewport: kind === "phone" ? PHONE : DESKTOP,
        deviceScaleFactor: 1,
        isMobile: kind === "phone",
        hasTouch: kind === "phone",
      });
      // Shorter than the test's timeout, so a failure names the locator it waited for.
      context.setDefaultTimeout(10_000);
      const p = await context.newPage();
      p.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
          cspErrors.push(message.text());
        }
      });
      await p.goto(await server.signInUrl());
      return { context, page: p };
    };

    const expectAccessible = async (p: Page, label: string) => {
      const violations = await seriousViolations(p);
      expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    };

    const shoot = (p: Page, name: string, kind: "desktop" | "phone", fullPage = true) =>
      saveScreenshot(p, `${lang}-${name}-${kind}`, fullPage);

    beforeAll(async () => {
      [server, browser] = await Promise.all([startServer(), launchBrowser()]);
      ({ context: desktop, page } = await open("desktop"));
    }, 60_000);

    afterEach(async (context) => {
      if (context.task.result?.state === "fail") {
        await saveScreenshot(page, `failure-${lang}-${context.task.name.slice(0, 40).replace(/\W+/g, "-")}`);
      }
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it(
      "asks to sign in with the link from `kundenfreund serve`, and says when a link was used up",
      async () => {
        const context = await browser.newContext({ locale: BROWSER_LOCALE[lang], viewport: PHONE });
        context.setDefaultTimeout(10_000);
        try {
          const p = await context.newPage();
          await p.goto(`${server.baseUrl}/people`);
          await p.getByRole("heading", { level: 1, name: tr.signIn.title }).waitFor();
          await p.getByText("npx kundenfreund serve").first().waitFor();
          await shoot(p, "sign-in", "phone");
          await expectAccessible(p, "sign-in");

          const link = await server.signInUrl();
          await p.goto(link);
          await p.getByRole("heading", { level: 1, name: tr.firstRun.title }).waitFor();
          await p.goto(link);
          await p.getByText(tr.signIn.expired).waitFor();
          expect(new URL(p.url()).pathname).toBe("/sign-in");
        } finally {
          await context.close();
        }
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "shows the empty state on first run, and loading the demo fills Heute",
      async () => {
        await page.getByRole("heading", { level: 1, name: tr.firstRun.title }).waitFor();
        await page.getByText(tr.firstRun.importCommand).waitFor();
        await page.getByRole("heading", { name: tr.firstRun.importTitle }).waitFor();
        await shoot(page, "first-run", "desktop");
        await expectAccessible(page, "first run");

        await page.getByRole("button", { name: tr.firstRun.demoButton }).click();
        await page
          .getByRole("heading", { level: 1, name: tr.today.title })
          .waitFor({ timeout: STEP_TIMEOUT_MS });
        await page.locator(".agenda-row").first().waitFor();
        expect(await page.locator(".agenda-row").count()).toBeGreaterThan(0);
        const firstLine = page.locator(".agenda-row").first();
        expect(await firstLine.getByRole("link", { name: tr.today.briefing }).getAttribute("href")).toMatch(
          /^\/people\/[0-9a-f-]{36}\/briefing$/,
        );
        expect(await firstLine.getByRole("link", { name: tr.today.log }).getAttribute("href")).toMatch(
          /^\/log\?person=[0-9a-f-]{36}$/,
        );
        await shoot(page, "today", "desktop");
        await expectAccessible(page, "Heute");
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "finds a person by search-as-you-type and opens their page",
      async () => {
        await page
          .getByRole("navigation", { name: tr.nav.label })
          .first()
          .getByRole("link", { name: tr.nav.people })
          .click();
        await page.getByRole("heading", { level: 1, name: tr.people.title }).waitFor();
        const firstRow = page.locator(".virtual-list .person-row-name").first();
        await firstRow.waitFor();
        await shoot(page, "people", "desktop", false);
        await expectAccessible(page, "people list");

        // A contact from the middle of the alphabet, found by the first letters of the last name.
        const rows = page.locator(".virtual-list .person-row");
        const target = rows.nth(Math.min(5, (await rows.count()) - 1));
        personName = ((await target.locator(".person-row-name").textContent()) ?? "").trim();
        const lastName = personName.split(" ").at(-1) ?? personName;
        await page.getByPlaceholder(tr.people.searchPlaceholder).fill(lastName.slice(0, 4));
        const result = page
          .getByRole("list", { name: tr.people.results })
          .getByRole("link", { name: personName });
        await result.first().waitFor();
        await result.first().click();
        await page.getByRole("heading", { level: 1, name: personName }).waitFor();
        personId = new URL(page.url()).pathname.split("/")[2] ?? "";
        expect(personId).toMatch(/^[0-9a-f-]{36}$/);
        await page.getByRole("heading", { name: tr.warmth.title }).waitFor();
        await page.locator(".warmth-parts li").first().waitFor();
        await shoot(page, "person", "desktop");
        await expectAccessible(page, "person page");
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "logs a conversation with one fact and one open loop, and the briefing shows both",
      async () => {
        const fact =
          lang === "de" ? "Tochter Mia lernt seit Kurzem Geige" : "Daughter Mia has just started the violin";
        const loop =
          lang === "de"
            ? "Nach Mias erstem Geigenvorspiel fragen"
            : "Ask how Mia's first violin recital went";
        await page.getByRole("main").getByRole("link", { name: tr.person.log }).click();
        await page.getByRole("heading", { level: 1, name: tr.log.title }).waitFor();
        await page.getByRole("list", { name: tr.log.chosen }).getByText(personName).waitFor();

        await page
          .getByLabel(tr.log.summary)
          .fill(
            lang === "de"
              ? "Kaffee nach der Messe, Angebot besprochen."
              : "Coffee after the fair, talked about the offer.",
          );
        await page.getByRole("button", { name: tr.log.addFact }).click();
        await page.getByPlaceholder(tr.facts.textPlaceholder).fill(fact);
        await page.getByRole("button", { name: tr.log.addLoop }).click();
        await page.getByPlaceholder(tr.loops.placeholder).fill(loop);
        await page.getByRole("button", { name: `${tr.rating.atmosphere}: 4`, exact: false }).click();
        await shoot(page, "log", "desktop");
        await expectAccessible(page, "log form");

        await page.getByRole("button", { name: tr.log.save }).click();
        await page
          .getByRole("heading", { level: 1, name: tr.log.saved })
          .waitFor({ timeout: STEP_TIMEOUT_MS });
        await page.getByRole("link", { name: tr.today.briefing }).first().click();
        await page.getByRole("heading", { level: 1, name: personName }).waitFor();
        await page.getByText(fact).waitFor();
        await page.getByText(loop).waitFor();
        await shoot(page, "briefing", "desktop");
        await expectAccessible(page, "briefing");

        const pdf = await page.pdf({ format: "A4", printBackground: true });
        expect(countPdfPages(pdf)).toBe(1);
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "shows field errors next to their fields",
      async () => {
        await page.goto(`${server.baseUrl}/log`);
        await page.getByRole("heading", { level: 1, name: tr.log.title }).waitFor();
        await page.getByRole("button", { name: tr.log.save }).click();
        // No participant chosen: the server names participantIds, shown under the people picker.
        const picker = page.getByRole("combobox", { name: tr.log.addPerson });
        await expect.poll(() => picker.getAttribute("aria-invalid")).toBe("true");
        const describedBy = (await picker.getAttribute("aria-describedby")) ?? "";
        expect(((await page.locator(`[id="${describedBy}"]`).textContent()) ?? "").length).toBeGreaterThan(3);
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "opens the command palette with Ctrl-K and jumps to a person",
      async () => {
        await page.goto(`${server.baseUrl}/`);
        await page.getByRole("heading", { level: 1, name: tr.today.title }).waitFor();
        await page.keyboard.press("Control+k");
        const palette = page.getByRole("dialog", { name: tr.palette.title });
        await palette.waitFor();
        await page.keyboard.type(personName.split(" ").at(-1)?.slice(0, 5) ?? personName);
        await palette.getByRole("option", { name: personName }).first().waitFor();
        await shoot(page, "palette", "desktop", false);
        await expectAccessible(page, "command palette");
        await palette.getByRole("option", { name: personName }).first().click();
        await page.getByRole("heading", { level: 1, name: personName }).waitFor();

        // Keyboard shortcuts: g k (contacts), g h (Heute), n (new log).
        await page.locator("body").click({ position: { x: 5, y: 300 } });
        await page.keyboard.press("g");
        await page.keyboard.press("k");
        await page.getByRole("heading", { level: 1, name: tr.people.title }).waitFor();
        await page.keyboard.press("g");
        await page.keyboard.press("h");
        await page.getByRole("heading", { level: 1, name: tr.today.title }).waitFor();
        await page.keyboard.press("n");
        await page.getByRole("heading", { level: 1, name: tr.log.title }).waitFor();
      },
      STEP_TIMEOUT_MS,
    );

    it(
      "works on a phone (390×844): Heute, briefing and log",
      async () => {
        const phone = await open("phone");
        try {
          const p = phone.page;
          await p.getByRole("heading", { level: 1, name: tr.today.title }).waitFor();
          await p.locator(".agenda-row").first().waitFor();
          expect(await p.locator(".bottomnav").isVisible()).toBe(true);
          expect(await p.locator(".sidenav").isVisible()).toBe(false);
          expect(await elementsWiderThanViewport(p)).toEqual([]);
          await shoot(p, "today", "phone");
          await expectAccessible(p, "Heute on a phone");

          await p.goto(`${server.baseUrl}/people/${personId}/briefing`);
          await p.getByRole("heading", { level: 1, name: personName }).waitFor();
          expect(await elementsWiderThanViewport(p)).toEqual([]);
          await shoot(p, "briefing", "phone");
          await expectAccessible(p, "briefing on a phone");

          await p.goto(`${server.baseUrl}/log?person=${personId}`);
          await p.getByRole("list", { name: tr.log.chosen }).getByText(personName).waitFor();
          expect(await elementsWiderThanViewport(p)).toEqual([]);
          const tap = await p
            .getByRole("button", { name: `${tr.rating.trust}: 5`, exact: false })
            .boundingBox();
          expect(tap?.height ?? 0).toBeGreaterThanOrEqual(44);
          await shoot(p, "log", "phone");
          await expectAccessible(p, "log on a phone");

          await p.goto(`${server.baseUrl}/people/${personId}`);
          await p.getByRole("heading", { level: 1, name: personName }).waitFor();
          await shoot(p, "person", "phone");
        } finally {
          await phone.context.close();
        }
      },
      STEP_TIMEOUT_MS,
    );

    it("never tripped the Content Security Policy", () => {
      expect(cspErrors).toEqual([]);
      void desktop;
    });
  });
}
