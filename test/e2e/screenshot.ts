import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";

declare const document: { documentElement: { scrollWidth: number; clientWidth: number } };

/** Where the browser tests write their screenshots, to be looked at. */
export const SCREENSHOTS = resolve(__dirname, "../../out/e2e");

/**
 * Checks that nothing is wider than the 320 px pane, scrolls `anchor` (a selector) into view when given, and writes
 * `out/e2e/<name>.png`.
 */
export async function screenshot(page: Page, name: string, anchor?: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  if (anchor !== undefined) await page.locator(anchor).scrollIntoViewIfNeeded();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
