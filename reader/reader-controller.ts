/**
 * The reader page's state and actions: open a PDF (a file, or an address downloaded on
 * request), draw its pages lazily, zoom, go to a page, find, dark mode, and remember where
 * the reader was in each document. The view (components/reader/) renders the state; the
 * page session highlights the text layers as they arrive.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { ReaderActions, ReaderState } from '../components/reader/ReaderBar';
import { positionIn, readerDarkItem, readerPositionsItem, remember } from '../settings/reader-positions';
import { DocumentFind, type Hit } from './document-find';
import type { DocumentPages } from './document-terms';
import { openPdf } from './pdf-loader';
import { MAX_PDF_BYTES, PdfError, problemOf } from './pdf-problems';
import { clampScale, PdfPages } from './pdf-pages';
import { allowOrigin, download, nameOf } from './pdf-source';

/**
 * Characters of the document's opening pages read for the abbreviations it defines before
 * it is highlighted (about five pages of a paper): most papers define theirs in the
 * abstract and introduction, and a long book must not wait for its tenth page to be read.
 */
const LEARN_CHARS = 24_000;

export interface ReaderControllerOptions {
  doc: Document;
  /** Where the pages go. */
  container: HTMLElement;
  /** Called with every new state. */
  render: (state: ReaderState) => void;
  /** A document was opened (the session highlights it, learning from its opening pages). */
  onDocument: (learnFrom: string) => void;
}

export class ReaderController implements ReaderActions {
  state: ReaderState = { status: 'empty', page: 1, pageCount: 0, scale: 1, dark: false, find: { query: '', hits: 0, index: 0, searching: false } };
  private pdf: PDFDocumentProxy | null = null;
  private pages: PdfPages | null = null;
  private finder: DocumentFind | null = null;
  private hits: Hit[] = [];
  /** The last file's bytes, for another try with a password. */
  private pending: { data: Uint8Array; name: string } | null = null;
  private address: string | null = null;
  private key = '';
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the files chosen: an open that a newer one overtook gives way to it. */
  private opening = 0;

  constructor(private readonly o: ReaderControllerOptions) {
    void readerDarkItem.getValue().then((dark) => this.set({ dark: dark ?? matchMedia('(prefers-color-scheme: dark)').matches }));
    o.doc.defaultView?.addEventListener('pagehide', () => void this.savePosition());
  }

  private set(patch: Partial<ReaderState>): void {
    this.state = { ...this.state, ...patch };
    this.o.doc.documentElement.classList.toggle('dark', this.state.dark);
    this.o.render(this.state);
  }

  /** Downloads the PDF at `address` and opens it. */
  async openAddress(address: string): Promise<void> {
    this.address = address;
    this.set({ status: 'loading', name: nameOf(address), problem: undefined });
    try {
      await this.open(await download(address), nameOf(address));
    } catch (e) {
      this.set({ status: 'problem', problem: problemOf(e) });
    }
  }

  openFile(file: File): void {
    // Refused before it is read into memory.
    if (file.size > MAX_PDF_BYTES) return this.set({ status: 'problem', name: file.name, problem: { kind: 'too-big', bytes: file.size } });
    this.set({ status: 'loading', name: file.name, problem: undefined });
    void file.arrayBuffer().then(
      (buffer) => this.open(new Uint8Array(buffer), file.name),
      () => this.set({ status: 'problem', problem: { kind: 'broken', detail: 'the file could not be read' } }),
    );
  }

  async allow(): Promise<void> {
    const origin = this.state.problem?.kind === 'permission' ? this.state.problem.origin : null;
    if (origin && this.address && (await allowOrigin(origin))) await this.openAddress(this.address);
  }

  password(password: string): void {
    if (this.pending) void this.open(this.pending.data, this.pending.name, password);
  }

  private async open(data: Uint8Array, name: string, password?: string): Promise<void> {
    // The document shown goes as soon as another is chosen: what is on screen is always what the bar names.
    const ticket = ++this.opening;
    await this.close();
    if (ticket !== this.opening) return;
    this.set({ status: 'loading', name, problem: undefined });
    this.pending = { data, name };
    let pdf: PDFDocumentProxy;
    let first: PDFPageProxy;
    try {
      pdf = await openPdf(data, password);
      if (ticket !== this.opening) return void pdf.loadingTask.destroy(); // another file was chosen meanwhile
      first = await pdf.getPage(1).catch((e: unknown) => {
        void pdf.loadingTask.destroy();
        throw new PdfError(problemOf(e));
      });
    } catch (e) {
      if (ticket !== this.opening) return;
      const problem = problemOf(e);
      // A wrong password the first time it is asked for is just "a password is needed".
      if (problem.kind === 'password' && password === undefined) problem.wrong = false;
      return this.set({ status: 'problem', problem });
    }
    if (ticket !== this.opening) return void pdf.loadingTask.destroy();
    this.pending = null;
    this.pdf = pdf;
    this.key = pdf.fingerprints[0] ?? name;
    this.pages = new PdfPages(pdf, this.o.container, first, { onPage: (page) => this.onPage(page) });
    this.finder = new DocumentFind(pdf, this.pages);
    this.o.doc.title = `${name} · Gut Glossary reader`;
    const saved = positionIn(await readerPositionsItem.getValue().catch(() => ({})), this.key);
    const scale = saved ? clampScale(saved.scale) : this.pages.fitWidthScale(this.availableWidth());
    this.pages.setScale(scale);
    this.set({ status: 'ready', pageCount: pdf.numPages, scale: this.pages.scale, page: 1, find: { query: '', hits: 0, index: 0, searching: false } });
    if (saved) this.pages.scrollTo(saved.page, saved.fraction);
    this.o.onDocument(await this.finder.leadingText(LEARN_CHARS));
  }

  private async close(): Promise<void> {
    await this.savePosition();
    this.finder?.clear();
    this.pages?.destroy();
    this.o.container.replaceChildren();
    void this.pdf?.loadingTask.destroy();
    this.pdf = this.pages = this.finder = null;
    this.hits = [];
  }

  private availableWidth(): number {
    return this.o.container.clientWidth - 32;
  }

  private onPage(page: number): void {
    this.set({ page });
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.savePosition(), 500);
  }

  private async savePosition(): Promise<void> {
    if (!this.pages || !this.key) return;
    const position = { page: this.pages.page, fraction: this.pages.fractionOnPage(), scale: this.pages.scale, at: Date.now() };
    await readerPositionsItem.setValue(remember(await readerPositionsItem.getValue(), this.key, position)).catch(() => {});
  }

  /** The open document's pages, for the tab's messages ("On this page", jumping to a term). */
  documentPages(): DocumentPages | null {
    const { pages, finder } = this;
    if (!pages || !finder) return null;
    return {
      texts: () => finder.texts(),
      current: () => pages.page,
      show: async (n) => {
        pages.scrollTo(n);
        return pages.textLayerOf(n);
      },
    };
  }

  zoom(scale: number): void {
    this.pages?.setScale(scale);
    if (this.pages) this.set({ scale: this.pages.scale });
  }

  fitWidth(): void {
    if (this.pages) this.zoom(this.pages.fitWidthScale(this.availableWidth()));
  }

  goToPage(page: number): void {
    this.pages?.scrollTo(page);
  }

  toggleDark(): void {
    this.set({ dark: !this.state.dark });
    void readerDarkItem.setValue(this.state.dark).catch(() => {});
  }

  async find(query: string, step: 1 | -1): Promise<void> {
    if (!this.finder || !this.pages) return;
    let index = this.state.find.index + step;
    if (query !== this.state.find.query) {
      this.set({ find: { query, hits: 0, index: 0, searching: true } });
      this.hits = await this.finder.search(query);
      // The first hit from the current page on.
      index = Math.max(0, this.hits.findIndex((h) => h.page >= (this.pages?.page ?? 1)));
    }
    const hits = this.hits.length;
    index = hits ? (index + hits) % hits : 0;
    this.set({ find: { query, hits, index, searching: false } });
    const hit = this.hits[index];
    if (hit) await this.finder.show(hit);
    else this.finder.clear();
  }
}
