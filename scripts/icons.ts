// Renders assets/icon.svg to public/icon/<size>.png with Chromium (WXT puts those in the manifest).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, ROOT } from '../tests/support/browser.ts';

const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
const page = await browser.newPage();
mkdirSync(join(ROOT, 'public/icon'), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: join(ROOT, `public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
console.log('Icons written to public/icon/.');
