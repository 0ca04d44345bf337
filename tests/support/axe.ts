/**
 * axe-core in the browser tests: injected into the page under test (never shipped), run
 * against WCAG 2.0–2.2 A and AA, and its violations returned in a readable form.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Each violation as "rule (impact): target — summary", for a failing assertion that says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate runs outside the page's CSP, so extension pages take it too.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[]; failureSummary: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${n.failureSummary.replace(/\s+/g, ' ')}`));
  });
}
