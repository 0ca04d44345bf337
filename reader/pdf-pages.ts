/**
 * The document's pages, drawn lazily: every page has a box of its size from the start (so
 * the scroll bar and page numbers are right), but only pages near the viewport are drawn
 * (canvas and text layer), and pages far from it are dropped again. A 300-page book costs
 * what its few visible pages cost, in time and in memory.
 */
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { buildTextLayer } from './text-layer';

/** Pages kept drawn at most; the ones farthest from the current page go first. */
const MAX_DRAWN = 8;
/** How far beyond the viewport a page is drawn ahead of the reader. */
const AHEAD = '100% 0px';
const MIN_SCALE = 0.25;
const MAX_SCALE = 5;

interface Drawn {
  canvas: HTMLCanvasElement;
  task: RenderTask | null;
  /** The text layer being built or built: once per drawn page (it follows zoom through its CSS variable). */
  text: Promise<HTMLElement | null> | null;
  cancelText: (() => void) | null;
  layer: HTMLElement | null;
  scale: number;
}

export interface PdfPagesOptions {
  /** The current page changed (1-based). */
  onPage?: (page: number) => void;
}

export class PdfPages {
  private readonly boxes: HTMLElement[] = [];
  private readonly drawn = new Map<number, Drawn>();
  private readonly near = new Set<number>();
  private readonly sizes: { width: number; height: number }[] = [];
  private readonly observer: IntersectionObserver;
  private current = 1;
  private scaleNow = 1;
  private frame = 0;
  private readonly onScroll = () => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.updateCurrent();
    });
  };

  constructor(
    private readonly pdf: PDFDocumentProxy,
    private readonly container: HTMLElement,
    firstPage: PDFPageProxy,
    private readonly options: PdfPagesOptions = {},
  ) {
    const doc = container.ownerDocument;
    const { width, height } = firstPage.getViewport({ scale: 1 });
    this.observer = new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: AHEAD });
    for (let n = 1; n <= pdf.numPages; n++) {
      // Until a page is read, it is taken to be the size of the first (most documents are uniform).
      this.sizes.push({ width, height });
      const box = doc.createElement('section');
      box.className = 'page';
      box.dataset.page = String(n);
      box.setAttribute('aria-label', `Page ${n}`);
      this.boxes.push(box);
    }
    container.append(...this.boxes);
    this.layout();
    for (const box of this.boxes) this.observer.observe(box);
    doc.defaultView?.addEventListener('scroll', this.onScroll, { passive: true });
  }

  get scale(): number {
    return this.scaleNow;
  }

  get page(): number {
    return this.current;
  }

  get pageCount(): number {
    return this.boxes.length;
  }

  /** The scale at which the widest page known fills `width` CSS pixels. */
  fitWidthScale(width: number): number {
    const widest = Math.max(...this.sizes.map((s) => s.width));
    return clampScale(width / widest);
  }

  /** Zooms, keeping the current page where it was on screen. */
  setScale(scale: number): void {
    scale = clampScale(scale);
    if (scale === this.scaleNow) return;
    const offset = this.fractionOnPage();
    this.scaleNow = scale;
    this.layout();
    for (const n of this.drawn.keys()) void this.draw(n);
    this.scrollTo(this.current, offset);
  }

  /** Scrolls to page `n` (1-based), `fraction` of its height down. */
  scrollTo(n: number, fraction = 0): void {
    const box = this.boxes[Math.min(Math.max(n, 1), this.boxes.length) - 1];
    if (!box) return;
    const top = box.getBoundingClientRect().top + scrollY + fraction * box.offsetHeight - this.topInset();
    scrollTo({ top, behavior: 'instant' });
    this.updateCurrent();
  }

  /** How far down the current page the viewport's top is (0 to 1), for remembering the position. */
  fractionOnPage(): number {
    const box = this.boxes[this.current - 1]!;
    return Math.min(Math.max((this.topInset() - box.getBoundingClientRect().top) / box.offsetHeight, 0), 1);
  }

  /** The page's text layer once it is drawn (drawing it now if needed). */
  async textLayerOf(n: number): Promise<HTMLElement | null> {
    await this.draw(n);
    return this.drawn.get(n)?.layer ?? null;
  }

  destroy(): void {
    this.observer.disconnect();
    this.container.ownerDocument.defaultView?.removeEventListener('scroll', this.onScroll);
    for (const n of [...this.drawn.keys()]) this.drop(n);
  }

  /** Where reading starts on screen: below the toolbar above the pages. */
  private topInset(): number {
    return this.container.offsetTop;
  }

  private layout(): void {
    this.boxes.forEach((box, i) => {
      const { width, height } = this.sizes[i]!;
      box.style.width = `${Math.floor(width * this.scaleNow)}px`;
      box.style.height = `${Math.floor(height * this.scaleNow)}px`;
      // The text layer places its runs with this (pdf.js's CSS variable).
      box.style.setProperty('--total-scale-factor', String(this.scaleNow));
    });
  }

  private updateCurrent(): void {
    // The first page whose bottom is below the top of the view (binary search: boxes run top to bottom).
    const top = this.topInset() + 1;
    let lo = 0;
    let hi = this.boxes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.boxes[mid]!.getBoundingClientRect().bottom <= top) lo = mid + 1;
      else hi = mid;
    }
    if (lo + 1 !== this.current) {
      this.current = lo + 1;
      this.options.onPage?.(this.current);
    }
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const n = Number((e.target as HTMLElement).dataset.page);
      if (e.isIntersecting) {
        this.near.add(n);
        if (!this.drawn.has(n)) void this.draw(n);
      } else this.near.delete(n);
    }
    this.evict();
  }

  /** Drops drawn pages beyond MAX_DRAWN, farthest from the current page first, never one near the view. */
  private evict(): void {
    if (this.drawn.size <= MAX_DRAWN) return;
    const far = [...this.drawn.keys()].filter((n) => !this.near.has(n)).sort((a, b) => Math.abs(b - this.current) - Math.abs(a - this.current));
    for (const n of far.slice(0, this.drawn.size - MAX_DRAWN)) this.drop(n);
  }

  private drop(n: number): void {
    const d = this.drawn.get(n);
    if (!d) return;
    this.drawn.delete(n);
    d.task?.cancel();
    d.cancelText?.();
    // A zero-sized canvas gives its memory back at once, not at the next collection.
    d.canvas.width = d.canvas.height = 0;
    d.canvas.remove();
    d.layer?.remove();
    void this.pdf.getPage(n).then((p) => p.cleanup(), () => {});
  }

  private async draw(n: number): Promise<void> {
    const doc = this.container.ownerDocument;
    const box = this.boxes[n - 1]!;
    let d = this.drawn.get(n);
    const scale = this.scaleNow;
    if (d && d.scale === scale && (d.task || d.text)) return d.text?.then(() => {});
    if (!d) {
      const canvas = doc.createElement('canvas');
      d = { canvas, task: null, text: null, cancelText: null, layer: null, scale };
      this.drawn.set(n, d);
      box.append(canvas);
    }
    d.scale = scale;
    d.task?.cancel();
    const page = await this.pdf.getPage(n);
    if (this.drawn.get(n) !== d || d.scale !== scale) return;
    const size = page.getViewport({ scale: 1 });
    if (size.width !== this.sizes[n - 1]!.width || size.height !== this.sizes[n - 1]!.height) {
      this.sizes[n - 1] = { width: size.width, height: size.height };
      this.layout();
    }
    const viewport = page.getViewport({ scale });
    const ratio = devicePixelRatio || 1;
    const canvas = d.canvas;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    d.task = task;
    const drawing = task.promise.then(
      () => {
        if (d.task === task) d.task = null;
      },
      () => {}, // cancelled: the page was dropped or redrawn
    );
    if (!d.text) {
      const built = buildTextLayer(doc, page, viewport);
      d.cancelText = () => void built.then((b) => b.cancel(), () => {});
      d.text = built.then(
        ({ layer }) => {
          if (this.drawn.get(n) !== d) return null; // dropped meanwhile
          d.layer = layer;
          box.append(layer);
          return layer;
        },
        () => null,
      );
    }
    await d.text;
    await drawing;
  }
}

export const clampScale = (s: number): number => Math.min(Math.max(Math.round(s * 100) / 100, MIN_SCALE), MAX_SCALE);
