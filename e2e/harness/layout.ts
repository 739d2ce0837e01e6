import type { Page } from "playwright-core";

/**
 * Elements that stick out to the right of the viewport (the cause of sideways scrolling on a
 * phone), named by tag and class so a failure says what to fix.
 */
export function elementsWiderThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 8)
      .map((element) => {
        const rect = element.getBoundingClientRect();
        const text = (element.textContent ?? "").trim().slice(0, 40);
        return `${element.tagName.toLowerCase()}.${String(element.className).replace(/\s+/g, ".")} right=${Math.round(rect.right)} "${text}"`;
      });
  });
}
