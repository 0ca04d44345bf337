#!/usr/bin/env node
// `npm test`: every check, in the order CI runs them. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { missingBrowsers } from '../tests/support/browser-binaries.ts';

// The real-browser tests need both browsers: say what to install before anything runs.
const missing = missingBrowsers();
if (missing.length) {
  for (const line of missing) console.error(line);
  process.exit(1);
}

const steps: [name: string, command: string, args: string[]][] = [
  ['Typecheck', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['oxlint', '--type-aware', '--deny-warnings']],
  ['Unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['Build for Chrome', 'npx', ['wxt', 'build']],
  ['Build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['Lint the Firefox build', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-config-discovery']],
  ['Real-browser tests', 'npx', ['vitest', 'run', '--project', 'browser']],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (${took}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${took})`);
}
console.log('\n✔ All checks passed.');
