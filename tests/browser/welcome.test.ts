/**
 * The first-run page: opened on install (the harness waits for it in every fresh profile and
 * closes it, see tests/support/browser.ts), it says what the extension does, shows the
 * shortcuts as the browser has them, and its example paragraph is highlighted and explained
 * by the real page session.
 */
import { expect, test } from 'vitest';
import { useSession } from '../support/session';

const s = useSession();

test('the first-run page: shortcuts as set, privacy, and an example to hover with the real card', async () => {
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`chrome-extension://${s.extensionId}/welcome.html`);
  expect(await page.locator('h1').textContent()).toBe('Welcome to Gut Glossary');
  // The commands the reader can change, with their current keys.
  await page.locator('.shortcuts [data-command="next-term"] kbd').waitFor();
  expect(await page.locator('.shortcuts [data-command="next-term"] kbd').textContent()).toBe('Alt+Shift+J');
  expect(await page.locator('.shortcuts [data-command="previous-term"] kbd').textContent()).toBe('Alt+Shift+K');
  expect(await page.locator('#privacy-title + p').textContent()).toMatch(/no network request/);
  // The example is highlighted by the page session: the terms it was written with.
  const example = page.locator('#example');
  await example.locator('mark[data-term-id="dysbiosis"]').waitFor();
  const ids = await example.locator('mark[data-term-id]').evaluateAll((marks) => [...new Set(marks.map((m) => (m as HTMLElement).dataset.termId))]);
  expect(ids).toEqual(expect.arrayContaining(['gut-microbiome', 'scfas', 'butyrate', 'tregs', 'dysbiosis', 'gut-barrier']));
  // Hovering a term opens the real card, which keeps its FAQ link and offers no "I know this" or site switch on our own page.
  await example.locator('mark[data-term-id="gut-barrier"]').hover();
  const card = page.locator('gut-glossary-card .card');
  await card.waitFor();
  expect(await card.getAttribute('data-term-id')).toBe('gut-barrier');
  expect(await card.locator('.evidence').first().textContent()).toMatch(/debated/i);
  expect(await card.locator('.know, .not-here').count()).toBe(0);
  // The keyboard works on it too.
  await page.keyboard.press('Escape');
  await expect.poll(() => card.count()).toBe(0);
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await card.waitFor();
  // It is linked from the options page.
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  expect(await options.locator('a[href="welcome.html"]').textContent()).toBe('Welcome / how it works');
  await options.close();
  expect(errors).toEqual([]);
  await page.close();
});
