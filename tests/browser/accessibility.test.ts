/**
 * Screen readers and WCAG 2.2 AA: axe-core finds nothing on the popup, the options page, the
 * FAQ page, the first-run page and a page with an open card, in light and dark; the card is announced and adds
 * no heading to the page; the popup's search is a combobox that says how many results it has.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { builtInEntries } from '../../glossary/builtin';
import { axeViolations } from '../support/axe';
import { useSession } from '../support/session';

const s = useSession();

async function extensionPage(path: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await s.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${s.extensionId}/${path}`);
  return page;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup (${scheme}): no axe violations, with results and with an entry open`, async () => {
    const popup = await extensionPage('popup.html', scheme);
    await popup.locator('.questions li').first().waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.keyboard.type('butyr');
    await popup.locator('.results .result').first().waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.keyboard.press('Enter');
    await popup.locator('.entry').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  test(`options page (${scheme}): no axe violations`, async () => {
    const page = await extensionPage('options.html', scheme);
    await page.locator('.shortcuts').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test(`FAQ page (${scheme}): no axe violations`, async () => {
    const page = await extensionPage('faq.html', scheme);
    await page.locator('mark[data-term-id]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test(`first-run page (${scheme}), and with its example's card open: no axe violations`, async () => {
    const page = await extensionPage('welcome.html', scheme);
    await page.locator('#example mark[data-term-id="tregs"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#example mark[data-term-id="tregs"]').first().hover();
    await page.locator('gut-glossary-card .card').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test(`a page with an open card (${scheme}), folded and unfolded: no axe violations`, async () => {
    const page = await s.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(s.server.url('demo.html'));
    await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
    await page.locator('h1').click();
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.locator('gut-glossary-card .card').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('gut-glossary-card .toggle-more').click();
    expect(await axeViolations(page)).toEqual([]);
    // "I know this" asking how the term is still shown.
    await page.locator('gut-glossary-card .know').click();
    await page.locator('gut-glossary-card .known-choice').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
}

test('the popup\'s search is a combobox that announces how many results it has', async () => {
  const popup = await extensionPage('popup.html', 'light');
  const search = popup.locator('input[type=search]');
  await popup.locator('.questions li').first().waitFor();
  expect(await search.getAttribute('role')).toBe('combobox');
  expect(await search.getAttribute('aria-expanded')).toBe('false');
  expect(await popup.locator('h1').textContent()).toBe('Gut Glossary');
  await popup.keyboard.type('butyr');
  await popup.locator('.results .result').first().waitFor();
  const count = await popup.locator('.results .result').count();
  expect(await popup.locator('[role=status]').first().textContent()).toBe(`${count} ${count === 1 ? 'result' : 'results'}`);
  expect(await search.getAttribute('aria-expanded')).toBe('true');
  expect(await search.getAttribute('aria-activedescendant')).toBe(await popup.locator('.result.active').getAttribute('id'));
  // The placeholder fits the field: nothing is cut off.
  const fits = await popup.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
    return ctx.measureText(input.placeholder).width <= input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  });
  expect(fits).toBe(true);
  await popup.close();
});

test('opening a card is announced from our own live region; the highlight says its card is open; the card adds no heading', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  const headings = await page.evaluate(() => document.querySelectorAll('h1, h2, h3, h4, h5, h6').length);
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+KeyJ');
  const card = page.locator('gut-glossary-card .card');
  await card.waitFor();
  const mark = await page.evaluate(() => ({
    description: (document.activeElement as HTMLElement).getAttribute('aria-description'),
    expanded: (document.activeElement as HTMLElement).hasAttribute('aria-expanded'),
  }));
  expect(mark.description).toMatch(/^glossary term, card open/);
  expect(mark.expanded).toBe(false);
  const status = page.locator('gut-glossary-card [role=status]');
  const id = await card.getAttribute('data-term-id');
  const entry = builtInEntries.find((e) => e.id === id)!;
  expect(await status.textContent()).toBe(`Glossary card: ${entry.term}. ${entry.definition}`);
  const shadowHeadings = await page.evaluate(() => document.querySelector('gut-glossary-card')!.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length);
  expect(shadowHeadings).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('h1, h2, h3, h4, h5, h6').length)).toBe(headings);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-description'))).toBe('glossary term');
  await page.close();
});
