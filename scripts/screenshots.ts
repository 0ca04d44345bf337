// `npm run screenshots`: drives the built extension in Chromium and saves the README's pictures in docs/.
// Each colour scheme is a browser of its own: the demo page, our pages, the card and the popup all follow it.
import { join } from 'node:path';
import { launchWithExtension, ROOT } from '../tests/support/browser.ts';
import { twoColumnPaper } from '../tests/support/pdfs.ts';

const out = (name: string) => join(ROOT, 'docs', name);

for (const scheme of ['light', 'dark'] as const) {
  const s = await launchWithExtension({ colorScheme: scheme });
  try {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1000, height: 640 });
    await page.goto(s.server.url('demo.html'));
    const mark = page.locator('mark[data-term-id="dysbiosis"]').first();
    await mark.waitFor();
    await mark.hover();
    await page.locator('gut-glossary-card .card').waitFor();
    await page.waitForTimeout(150);
    await page.screenshot({ path: out(`card-${scheme}.png`) });
    // The same card unfolded: why it matters, the FAQ sentences about the term, related terms.
    await page.locator('gut-glossary-card .toggle-more').click();
    await page.waitForTimeout(150);
    await page.screenshot({ path: out(`card-expanded-${scheme}.png`) });
    await page.mouse.move(5, 5);

    // The first-run page, with its example's card open.
    const welcome = await s.context.newPage();
    await welcome.setViewportSize({ width: 1000, height: 760 });
    await welcome.goto(`chrome-extension://${s.extensionId}/welcome.html`);
    const example = welcome.locator('#example mark[data-term-id="scfas"]').first();
    await example.waitFor();
    await example.hover();
    await welcome.locator('gut-glossary-card .card').waitFor();
    await welcome.waitForTimeout(150);
    await welcome.screenshot({ path: out(`welcome-${scheme}.png`) });
    await welcome.close();

    // The popup for the demo tab: what the page mentions.
    // Without the tabs permission URLs are hidden: the demo page is the active tab.
    const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.page-terms .counts li').first().waitFor();
    await popup.screenshot({ path: out(`popup-page-${scheme}.png`) });
    await popup.locator('input[type=search]').fill('regulat');
    await popup.locator('.results [data-term-id]').first().waitFor();
    await popup.screenshot({ path: out(`popup-search-${scheme}.png`) });
    await popup.locator('.results [data-term-id]').first().click();
    await popup.locator('.entry .faq p').first().waitFor();
    await popup.screenshot({ path: out(`popup-entry-${scheme}.png`) });

    // The PDF reader: a two-column paper, a term broken across lines, its card.
    const reader = await s.context.newPage();
    await reader.setViewportSize({ width: 1000, height: 640 });
    await reader.goto(`chrome-extension://${s.extensionId}/reader.html`);
    await reader.locator('input[type=file]').setInputFiles({ name: 'gut-paper.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await twoColumnPaper()) });
    const term = reader.locator('.textLayer mark[data-term-id="dysbiosis"]').first();
    await term.waitFor();
    const box = (await term.boundingBox())!;
    await reader.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await reader.locator('gut-glossary-card .card').waitFor();
    await reader.waitForTimeout(300);
    await reader.screenshot({ path: out(`reader-${scheme}.png`) });
  } finally {
    await s.close();
  }
}
console.log('Screenshots written to docs/.');
