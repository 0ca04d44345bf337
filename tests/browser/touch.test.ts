/** On a touch screen, a tap opens the card instead of following a link around the term. */
import { expect, test } from 'vitest';
import { useSession } from '../support/session';

const s = useSession({ hasTouch: true });

test('tap opens the card without following the link; tapping elsewhere closes it', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.innerHTML = 'Read more about <a id="link" href="#followed">dysbiosis research</a> here.';
    document.querySelector('article')!.append(p);
  });
  const mark = page.locator('#link mark[data-term-id="dysbiosis"]');
  await mark.waitFor();
  await mark.tap();
  await page.locator('gut-glossary-card .card[data-term-id="dysbiosis"]').waitFor();
  expect(new URL(page.url()).hash).toBe('');
  await page.locator('h1').tap();
  await expect.poll(() => page.locator('gut-glossary-card .card').count()).toBe(0);
  await page.close();
});
