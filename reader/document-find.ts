/**
 * Find in the whole document, drawn or not: each page's text is read once (pdf.js reads it
 * in its worker), searched as the matcher reads it, and a hit is shown on its page's text
 * layer with the CSS Custom Highlight API, which paints a range without changing the DOM
 * (our glossary marks and the page's text stay as they are).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { findInText } from '../glossary/pdf-text';
import type { PdfPages } from './pdf-pages';
import { pageText } from './text-layer';

export interface Hit {
  page: number;
  start: number;
  end: number;
}

const FIND_HIGHLIGHT = 'gut-glossary-find';

export class DocumentFind {
  private readonly pageTexts = new Map<number, Promise<string>>();

  constructor(
    private readonly pdf: PDFDocumentProxy,
    private readonly pages: PdfPages,
  ) {}

  private textOf(n: number): Promise<string> {
    let t = this.pageTexts.get(n);
    if (!t) {
      t = this.pdf.getPage(n).then(pageText).catch(() => '');
      this.pageTexts.set(n, t);
    }
    return t;
  }

  /** The text of the first pages, up to `max` characters: what the document defines early (its abbreviations). */
  async leadingText(max: number): Promise<string> {
    let out = '';
    // A few pages asked at once: the worker reads one after another without waiting on us.
    for (let n = 1; n <= this.pdf.numPages && out.length < max; n += 4) {
      const batch = [n, n + 1, n + 2, n + 3].filter((k) => k <= this.pdf.numPages);
      for (const text of await Promise.all(batch.map((k) => this.textOf(k)))) if (out.length < max) out += text + '\n';
    }
    return out;
  }

  /** Every page's text, in order (read once). */
  texts(): Promise<string[]> {
    return Promise.all(Array.from({ length: this.pdf.numPages }, (_, i) => this.textOf(i + 1)));
  }

  /** Every hit of `query`, in document order. */
  async search(query: string): Promise<Hit[]> {
    const hits: Hit[] = [];
    for (let n = 1; n <= this.pdf.numPages; n++) for (const r of findInText(await this.textOf(n), query)) hits.push({ page: n, ...r });
    return hits;
  }

  /** Scrolls to `hit` and paints it. */
  async show(hit: Hit): Promise<void> {
    this.pages.scrollTo(hit.page);
    const layer = await this.pages.textLayerOf(hit.page);
    if (!layer) return;
    const range = rangeAt(layer, hit.start, hit.end);
    if (!range) return;
    const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    if (highlights && typeof Highlight === 'function') highlights.set(FIND_HIGHLIGHT, new Highlight(range));
    const rect = range.getBoundingClientRect();
    scrollBy({ top: rect.top - innerHeight / 3, behavior: 'instant' });
  }

  clear(): void {
    (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete(FIND_HIGHLIGHT);
  }
}

/** The range of text offsets `start`–`end` under `root` (its text nodes in order, marks included). */
function rangeAt(root: Node, start: number, end: number): Range | null {
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const next = offset + n.data.length;
    if (!started && start < next) {
      range.setStart(n, start - offset);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(n, end - offset);
      return range;
    }
    offset = next;
  }
  return null;
}
