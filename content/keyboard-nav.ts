/**
 * Moving between highlighted terms without a mouse: "next term" and "previous term" are
 * browser commands (Alt+Shift+J and Alt+Shift+K unless the reader changes them), which the
 * background forwards to the tab. The same keys are also handled in the page, as a fallback
 * for when the browser does not hold them: Chrome leaves a suggested shortcut unassigned
 * when another extension already has it, and a key the browser holds never reaches the
 * page, so a term is never stepped twice. Neither acts while the reader types in a field.
 */
export type Direction = 'next' | 'previous';

export function isNextKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ';
}
export function isPreviousKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyK';
}

/** Whether the reader is typing here: a text field, a select or editable content (inside shadow roots too). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  let el: Element | null = target;
  // Focus inside a shadow root shows as its host: look at what is really focused.
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return false;
  if (el.localName === 'textarea' || el.localName === 'select') return true;
  if (el.localName === 'input') {
    const type = (el as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'reset', 'submit', 'hidden'].includes(type);
  }
  return el instanceof HTMLElement && el.isContentEditable;
}

/** The mark after (or before) `current` in `marks`, wrapping around. */
export function step(marks: readonly HTMLElement[], current: Element | null, direction: 1 | -1): HTMLElement | undefined {
  if (!marks.length) return undefined;
  const i = current ? marks.indexOf(current as HTMLElement) : -1;
  if (i === -1) return direction === 1 ? marks[0] : marks[marks.length - 1];
  return marks[(i + direction + marks.length) % marks.length];
}

export function focusTerm(mark: HTMLElement): void {
  mark.tabIndex = -1; // focusable by script, never a Tab stop
  mark.scrollIntoView({ block: 'center', behavior: 'auto' });
  mark.focus({ preventScroll: true });
}

/**
 * Steps through a page's terms, remembering the last one reached: after its card is closed
 * (Escape, a click elsewhere), "next" goes on from there instead of starting again at the top.
 */
export class TermNavigator {
  private last: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    /** Our highlights, with those around `from` wrapped (the rest of a long page may not be yet). */
    private readonly marks: (from: Element | null) => readonly HTMLElement[],
    private readonly openMark: () => HTMLElement | null,
  ) {}

  /** Moves to the next or previous term and focuses it (which opens its card); false when it did not. */
  move(direction: Direction): boolean {
    if (isEditable(this.doc.activeElement)) return false;
    const active = this.doc.activeElement;
    const remembered = this.last?.isConnected ? this.last : null;
    const marks = this.marks(this.openMark() ?? (active instanceof HTMLElement && active.localName === 'mark' ? active : null) ?? remembered);
    const fromFocus = active instanceof HTMLElement && marks.includes(active) ? active : null;
    const from = this.openMark() ?? fromFocus ?? remembered;
    const next = step(marks, from, direction === 'next' ? 1 : -1);
    if (!next) return false;
    this.last = next;
    focusTerm(next);
    return true;
  }

  /** The in-page fallback for the default keys. */
  onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted || !(isNextKey(e) || isPreviousKey(e)) || isEditable(e.composedPath()[0] ?? e.target)) return;
    if (this.move(isNextKey(e) ? 'next' : 'previous')) e.preventDefault();
  }
}
