// `npm start`: build the Chrome extension and open Chromium with it loaded on the demo page.
import { spawnSync } from 'node:child_process';
import { launchWithExtension, EXTENSION_DIR } from '../tests/support/browser.ts';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display found, so no browser window can open here.
Load the extension by hand instead:
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode",
                   click "Load unpacked" and choose ${EXTENSION_DIR}
  Firefox:         run "npm run build", open about:debugging#/runtime/this-firefox,
                   click "Load Temporary Add-on" and choose .output/firefox-mv2/manifest.json
Then open tests/fixtures/pages/demo.html and hover a highlighted term.`);
  process.exit(0);
}

const session = await launchWithExtension({ headless: false });
const page = await session.context.newPage();
await page.goto(session.server.url('demo.html'));
console.log(`Chromium is open on ${session.server.url('demo.html')} with Gut Glossary loaded.
The popup is at chrome-extension://${session.extensionId}/popup.html. Close the window (or press Ctrl+C) to stop.`);
await new Promise<void>((resolve) => {
  session.context.on('close', () => resolve());
  process.on('SIGINT', () => resolve());
});
await session.close().catch(() => {});
