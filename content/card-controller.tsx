/**
 * Opens the term card on hover (after a delay), focus or tap, and closes it the way
 * WCAG 1.4.13 asks: it stays while the pointer is over it, Escape dismisses it, and it
 * goes when the pointer leaves, the term scrolls away or the reader clicks elsewhere.
 * Only trusted events drive it: a page cannot open or steer our card.
 */
import { render } from 'preact';
import { CardLayer } from '../components/card/CardLayer';
import { MARK_SELECTOR } from '../highlight/highlighter';
import { termVisible } from '../highlight/placement';
import { MARK_DESCRIPTION } from './mark-options';

/** The open term's description; highlight.css outlines the term whose description says "card open". */
const CARD_OPEN_DESCRIPTION = `${MARK_DESCRIPTION}, card open: press Tab to read it, Escape to close it`;
import type { EntryView } from '../glossary/glossary';
import type { KnownShow } from '../settings/defaults';

export interface CardControllerOptions {
  container: HTMLElement;
  /** The element that hosts our shadow root: events inside it are ours. */
  host: HTMLElement;
  /** Hover delay before the card opens, in ms; read at each hover, so a changed setting applies at once. */
  openDelayMs: () => number;
  closeDelayMs?: number;
  loadEntry: (id: string) => Promise<EntryView | null>;
  /** Whether a highlight is one we made (a page's look-alike marks open nothing). */
  isOurs?: (mark: HTMLElement) => boolean;
  openFaq: (sectionId: string) => void;
  /** How a highlight reads on the card (a match split over several marks reads whole); its own text otherwise. */
  writtenAs?: (mark: HTMLElement) => string;
  /** What the page itself defines a highlight's text as, for entry `id` ("Crohn's disease" for "CD"), if anything. */
  definedOnPage?: (text: string, id: string) => string | undefined;
  /** "Not on this site" on the card: switches highlighting off for this page's site. */
  disableSite?: () => void;
  /** "I know this" on the card, for the entry it shows (by entry id): its first mention only, or none, on every page. */
  markKnown?: (id: string, show: KnownShow) => void;
}

export class CardController {
  private mark: HTMLElement | null = null;
  private view: EntryView | null = null;
  private definedAs: string | undefined;
  private writtenAs: string | undefined;
  private openTimer = 0;
  /** Focus we move back to a term ourselves must not reopen its card. */
  private restoringFocus = false;
  /** Whether the card was already open for the term a touch began on (the second tap follows links). */
  private tapOnOpenCard = false;
  private closeTimer = 0;
  /** The term a hover is about to open. */
  private pending: HTMLElement | null = null;
  /** True while focus is moved onto a term at the reader's request. */
  private readerMovesFocus = false;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly options: CardControllerOptions,
  ) {
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, capture = true) =>
      doc.addEventListener(type, (e) => e.isTrusted && fn(e), { capture, signal: this.abort.signal });
    // Hover opens the card only when the reader's pointer moves onto a term and rests there:
    // a page that moves a term under a still pointer, or focuses it from script, opens nothing.
    let lastX = NaN;
    let lastY = NaN;
    on('pointermove', (e) => {
      if (e.pointerType === 'touch' || (e.screenX === lastX && e.screenY === lastY)) return;
      lastX = e.screenX;
      lastY = e.screenY;
      const mark = this.markAt(e.target);
      if (mark) {
        if (mark !== this.pending) this.scheduleOpen(mark);
      } else if (!this.inCard(e.target)) this.cancelOpen();
    });
    on('pointerout', (e) => {
      if (this.markAt(e.target) && !this.inCard(e.relatedTarget)) {
        this.cancelOpen();
        this.scheduleClose();
      }
    });
    // Focus opens a card only when we move it for the reader (their keyboard command, the
    // popup's "jump to"): `mark.focus()` from a page produces a trusted focus event too.
    on('focusin', (e) => {
      const mark = this.markAt(e.target);
      if (mark && this.readerMovesFocus && !this.restoringFocus && this.mark !== mark) void this.open(mark);
    });
    // Touch: the first tap on a term opens its card instead of following a link around it.
    let touching = false;
    on('pointerdown', (e) => {
      touching = e.pointerType === 'touch';
      const mark = this.markAt(e.target);
      this.tapOnOpenCard = mark !== null && mark === this.mark && this.view !== null;
    });
    on('click', (e) => {
      const mark = this.markAt(e.target);
      if (mark && touching && !this.tapOnOpenCard) {
        e.preventDefault();
        void this.open(mark);
      } else if (!mark && !this.inCard(e.target)) this.close();
    });
    on('keydown', (e) => {
      // The card sits at the end of the document: Tab from its term goes into it, not past it.
      if (e.key === 'Tab' && !e.shiftKey && this.mark && doc.activeElement === this.mark) {
        const first = this.options.container.querySelector<HTMLElement>('button, a[href]');
        if (first) {
          e.preventDefault();
          first.focus();
        }
        return;
      }
      // Tab past the card's last control: back to the text after the term, and the card closes.
      if (e.key === 'Tab' && !e.shiftKey && this.mark && this.inCard(doc.activeElement)) {
        const controls = [...this.options.container.querySelectorAll<HTMLElement>('button, a[href]')].filter((el) => !el.closest('[hidden]'));
        const root = this.options.container.getRootNode();
        if (root instanceof ShadowRoot && root.activeElement === controls.at(-1)) {
          e.preventDefault();
          this.returnFocusAndClose();
        }
        return;
      }
      if (e.key === 'Escape' && this.mark) {
        const mark = this.mark;
        const hadFocus = this.inCard(doc.activeElement) || doc.activeElement === mark;
        e.preventDefault();
        if (hadFocus) this.returnFocusAndClose();
        else this.close();
      }
    });
    // Inside the card, only the reader's own clicks and keys reach its buttons and links.
    for (const type of ['click', 'keydown', 'pointerdown', 'pointerup'])
      options.container.addEventListener(type, (e) => {
        if (e.isTrusted) return;
        e.preventDefault();
        e.stopImmediatePropagation();
      }, { capture: true, signal: this.abort.signal });
    // The live region that announces a card must be in place before the first card opens.
    this.render();
    doc.defaultView?.addEventListener('scroll', () => this.follow(), { passive: true, capture: true, signal: this.abort.signal });
    doc.defaultView?.addEventListener('resize', () => this.follow(), { passive: true, signal: this.abort.signal });
  }

  /** Opens the card for `mark` now. */
  async open(mark: HTMLElement, id = mark.dataset.termId): Promise<void> {
    this.cancelOpen();
    this.cancelClose();
    if (!id) return;
    if (this.mark && this.mark !== mark) this.mark.setAttribute('aria-description', MARK_DESCRIPTION);
    this.mark = mark;
    const view = await this.options.loadEntry(id);
    if (this.mark !== mark) return; // another term was chosen meanwhile
    this.view = view;
    // Only for the term itself, not for a related entry shown in the same card.
    const own = id === mark.dataset.termId;
    const written = this.options.writtenAs?.(mark) ?? mark.textContent ?? '';
    this.writtenAs = own ? written || undefined : undefined;
    this.definedAs = own ? this.options.definedOnPage?.(written, id) : undefined;
    // The highlight says its card is open (aria-details cannot reach into our shadow root).
    mark.setAttribute('aria-description', CARD_OPEN_DESCRIPTION);
    this.render();
  }

  /** Runs `move`, which moves focus onto a term for the reader: that term's card opens. */
  forReader<T>(move: () => T): T {
    this.readerMovesFocus = true;
    try {
      return move();
    } finally {
      this.readerMovesFocus = false;
    }
  }

  close(): void {
    this.cancelOpen();
    this.cancelClose();
    this.mark?.setAttribute('aria-description', MARK_DESCRIPTION);
    this.mark = null;
    this.view = null;
    this.render();
  }

  /** Whether the card's host is still in the page (a page may remove it, or replace its whole document). */
  get attached(): boolean {
    return this.options.host.isConnected;
  }

  get openMark(): HTMLElement | null {
    return this.mark;
  }

  destroy(): void {
    this.abort.abort();
    this.close();
  }

  /** Destroys the card and takes its host out of the page (the site was switched off). */
  detach(): void {
    this.destroy();
    this.options.host.remove();
  }

  private render(): void {
    const r = this.mark?.getBoundingClientRect();
    render(
      <CardLayer
        view={this.view}
        writtenAs={this.writtenAs}
        definedAs={this.definedAs}
        anchor={r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null}
        onClose={() => this.close()}
        onNotOnThisSite={this.options.disableSite && (() => (this.close(), this.options.disableSite?.()))}
        onKnown={this.options.markKnown && ((id, show) => (this.close(), this.options.markKnown?.(id, show)))}
        onRelated={(id) => void this.showRelated(id)}
        onReadMore={(section) => this.options.openFaq(section)}
        onPointerEnter={() => this.cancelClose()}
        onPointerLeave={() => this.scheduleClose()}
      />,
      this.options.container,
    );
  }

  /** Closes the card and puts focus back on its term without reopening it: the next Tab goes on past the term. */
  private returnFocusAndClose(): void {
    const mark = this.mark;
    this.close();
    if (!mark) return;
    this.restoringFocus = true;
    mark.focus({ preventScroll: true });
    this.restoringFocus = false;
  }

  /** A related entry in the same card; chosen from the keyboard, focus stays in the card (on the new entry). */
  private async showRelated(id: string): Promise<void> {
    if (!this.mark) return;
    const focusWasInCard = this.inCard(this.doc.activeElement);
    await this.open(this.mark, id);
    if (focusWasInCard) this.options.container.querySelector<HTMLElement>('.card')?.focus();
  }

  private markAt(target: EventTarget | null): HTMLElement | null {
    const mark = target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
    return mark && (this.options.isOurs?.(mark) ?? true) ? mark : null;
  }

  private inCard(target: EventTarget | Element | null): boolean {
    return target instanceof Node && (target === this.options.host || this.options.host.contains(target));
  }

  private scheduleOpen(mark: HTMLElement): void {
    this.cancelClose();
    if (this.mark === mark) return;
    this.cancelOpen();
    this.pending = mark;
    this.openTimer = window.setTimeout(() => this.open(mark), this.options.openDelayMs());
  }

  private cancelOpen(): void {
    this.pending = null;
    clearTimeout(this.openTimer);
  }

  private scheduleClose(): void {
    if (!this.mark) return;
    this.cancelClose();
    this.closeTimer = window.setTimeout(() => this.close(), this.options.closeDelayMs ?? 300);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
  }

  /** On scroll or resize the card moves with its term, and closes once the term is out of sight. */
  private follow(): void {
    if (!this.mark) return;
    const view = this.doc.defaultView;
    const clips: DOMRect[] = [];
    for (let el = this.mark.parentElement; el && el !== this.doc.documentElement && el !== this.doc.body; el = el.parentElement)
      if (view && view.getComputedStyle(el).overflow !== 'visible') clips.push(el.getBoundingClientRect());
    const visible = termVisible(this.mark.getBoundingClientRect(), clips, { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 });
    if (visible) this.render();
    else this.close();
  }
}
