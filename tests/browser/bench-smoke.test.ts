/** `npm run bench` runs end to end on small pages, prints its table and writes JSON (nothing is timed here). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../support/browser';

test('the benchmark runs, prints its table and writes parseable JSON', () => {
  const run = spawnSync(process.execPath, ['scripts/bench.ts', '--smoke'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\| page \| extension \/ floor \| extension \/ bare scan \| naive \/ extension \|/);
  expect(run.stdout).toMatch(/Profile of .* with the extension/);
  expect(run.stdout).toMatch(/rendering: \d+ frames/);
  const result = JSON.parse(readFileSync(join(ROOT, '.cache/bench-smoke/latest.json'), 'utf8'));
  expect(result.pages).toHaveLength(3);
  for (const p of result.pages.filter((p: { termFree: boolean }) => !p.termFree)) {
    expect(p.marks).toBeGreaterThan(0);
    expect(p.counted).toBeGreaterThanOrEqual(p.marks);
    expect(Number.isFinite(p.addedMainThreadMs)).toBe(true);
    // The content script reports its own longest task through User Timing.
    expect(p.ourLongestTaskMs).toBeGreaterThan(0);
  }
  expect(result.sizesKB['content script'].gzip).toBeGreaterThan(0);
  // The PDF reader: a letter and a longer book opened to their first highlight, memory measured.
  expect(run.stdout).toMatch(/PDF reader \(from choosing the file/);
  expect(result.pdf.map((r: { pages: number }) => r.pages)).toEqual([3, 30]);
  for (const r of result.pdf) {
    expect(r.firstHighlightMs).toBeGreaterThan(0);
    expect(r.readThrough.drawnPages).toBeGreaterThan(0);
  }
}, 300_000);
