// The PDF reader's part of `npm run bench`: how long a 3-page letter and a 300-page book
// take from choosing the file to the first highlighted term, and what they hold in memory
// after opening and after reading through (page heap after GC, page canvases, elements).
// Goals: the book opens about as fast as the letter, and reading it through keeps memory
// near what opening it took.
import type { Page } from 'playwright-core';
import { longBook } from '../tests/support/pdfs.ts';
import type { Session } from '../tests/support/browser.ts';

export interface PdfMemory {
  heapMB: number;
  canvasMB: number;
  elements: number;
  drawnPages: number;
}

export interface PdfRow {
  pages: number;
  fileKB: number;
  /** From the file chosen to the first page's text layer, and to its first highlight (medians). */
  textLayerMs: number;
  firstHighlightMs: number;
  opened: PdfMemory;
  /** After going through the document to its last page, a few pages at a time. */
  readThrough: PdfMemory;
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function memory(page: Page): Promise<PdfMemory> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const dom = await page.evaluate(() => {
    // The pages' canvases (pdf.js keeps one more, hidden, to measure text).
    const canvases = [...document.querySelectorAll('.page canvas')] as HTMLCanvasElement[];
    return {
      canvasBytes: canvases.reduce((n, c) => n + c.width * c.height * 4, 0),
      elements: document.getElementsByTagName('*').length,
      drawnPages: canvases.filter((c) => c.width > 0).length,
    };
  });
  return { heapMB: r1(heap / 2 ** 20), canvasMB: r1(dom.canvasBytes / 2 ** 20), elements: dom.elements, drawnPages: dom.drawnPages };
}

async function openOnce(s: Session, name: string, bytes: Uint8Array): Promise<{ page: Page; textLayerMs: number; firstHighlightMs: number }> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/reader.html`);
  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  // Times taken in the page: from the file input's change to the first text layer and the first highlight in one.
  await page.evaluate(() => {
    const t: Record<string, number> = {};
    (window as any).__pdfTimes = t;
    document.addEventListener('change', () => (t.start ??= performance.now()), true);
    new MutationObserver(() => {
      if (t.layer === undefined && document.querySelector('.textLayer')) t.layer = performance.now();
      if (t.mark === undefined && document.querySelector('.textLayer mark[data-term-id]')) t.mark = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
  await page.locator('.textLayer mark[data-term-id]').first().waitFor({ timeout: 60_000 });
  const t = await page.evaluate(() => (window as any).__pdfTimes as Record<string, number>);
  return { page, textLayerMs: t.layer! - t.start!, firstHighlightMs: t.mark! - t.start! };
}

/** Goes to the last page a few pages at a time, each one drawn and highlighted before the next. */
async function readThrough(page: Page, pages: number): Promise<void> {
  const step = Math.max(1, Math.floor(pages / 30));
  for (let n = 1; n <= pages; n = n === pages ? pages + 1 : Math.min(pages, n + step)) {
    await page.locator('input.page-number').fill(String(n));
    await page.locator('input.page-number').press('Enter');
    await page.locator(`section.page[data-page="${n}"] .textLayer`).waitFor({ timeout: 30_000 });
  }
  await page.waitForTimeout(500);
}

export async function benchPdf(s: Session, runs: number, sizes = [3, 300]): Promise<PdfRow[]> {
  const rows: PdfRow[] = [];
  for (const pages of sizes) {
    const bytes = await longBook(pages);
    const opens: { textLayerMs: number; firstHighlightMs: number }[] = [];
    let opened: PdfMemory | null = null;
    let through: PdfMemory | null = null;
    for (let run = 0; run < runs; run++) {
      // A new name each run: nothing remembered from the last (the position is kept by the document's fingerprint, the same each run).
      const { page, textLayerMs, firstHighlightMs } = await openOnce(s, `book-${pages}.pdf`, bytes);
      opens.push({ textLayerMs, firstHighlightMs });
      if (run === 0) {
        opened = await memory(page);
        await readThrough(page, pages);
        through = await memory(page);
        // Back to the top, so the next run opens at page 1 as the first did.
        await page.locator('input.page-number').fill('1');
        await page.locator('input.page-number').press('Enter');
        await page.waitForTimeout(800);
      }
      await page.close();
    }
    rows.push({
      pages,
      fileKB: Math.round(bytes.length / 1024),
      textLayerMs: r1(median(opens.map((o) => o.textLayerMs))),
      firstHighlightMs: r1(median(opens.map((o) => o.firstHighlightMs))),
      opened: opened!,
      readThrough: through!,
    });
  }
  return rows;
}

/** The PDF lines of the benchmark's report, goals included. */
export function pdfTable(rows: PdfRow[]): string[] {
  const goal = (ok: boolean, text: string) => `${ok ? '✔ met' : '✘ not met'}: ${text}`;
  const mem = (m: PdfMemory) => `${m.heapMB} MB heap, ${m.canvasMB} MB canvases (${m.drawnPages} pages drawn), ${m.elements} elements`;
  const small = rows[0]!;
  const big = rows[rows.length - 1]!;
  return [
    'PDF reader (from choosing the file; medians):',
    '',
    '| document | file | first text layer | first highlight | memory after opening | after reading to the end |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.pages} pages | ${r.fileKB} KB | ${r.textLayerMs} ms | ${r.firstHighlightMs} ms | ${mem(r.opened)} | ${mem(r.readThrough)} |`),
    '',
    `- ${goal(big.firstHighlightMs <= small.firstHighlightMs * 1.5 + 50, `a ${big.pages}-page book opens as fast as a ${small.pages}-page letter (≤ 1.5× + 50 ms): ${big.firstHighlightMs} vs ${small.firstHighlightMs} ms`)}`,
    `- ${goal(big.readThrough.heapMB <= big.opened.heapMB * 1.5 + 5 && big.readThrough.drawnPages <= 8, `memory bounded while reading through (heap ≤ 1.5× + 5 MB of opening, ≤ 8 pages drawn): ${big.opened.heapMB} → ${big.readThrough.heapMB} MB, ${big.readThrough.drawnPages} pages drawn`)}`,
  ];
}
