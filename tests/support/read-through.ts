import type { Page } from 'playwright-core';

/**
 * Reads a page through as a reader does: scrolls it from top to bottom a screen at a time,
 * giving each screen a moment. Text is wrapped as it comes near the viewport, so tests that
 * check the highlights of a whole page read it through first.
 */
export async function readThrough(page: Page): Promise<void> {
  const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: innerHeight }));
  for (let y = 0; y < height; y += screen) {
    await page.evaluate((top) => scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
}
