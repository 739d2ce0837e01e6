import type { Page } from "playwright-core";

/**
 * Elements that stick out to the right of the viewport (the cause of sideways scrolling on a
 * phone), named by tag and class so a failure says what to fix. Content inside a container that
 * scrolls sideways itself (a wide table, a row of tabs) does not move the page and is left out.
 */
export function elementsWiderThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
      .filter((element) => {
        if (element.getBoundingClientRect().right <= width + 1) return false;
        // No named helper functions in here: the bundler's name-keeping wrapper does not exist in the page.
        for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
          const overflow = getComputedStyle(node).overflowX;
          if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") return false;
        }
        return true;
      })
      .slice(0, 8)
      .map((element) => {
        const rect = element.getBoundingClientRect();
        const text = (element.textContent ?? "").trim().slice(0, 40);
        return `${element.tagName.toLowerCase()}.${String(element.className).replace(/\s+/g, ".")} right=${Math.round(rect.right)} "${text}"`;
      });
  });
}
