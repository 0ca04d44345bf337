/**
 * Moving between highlighted terms without a mouse: Alt+Shift+J goes to the next term,
 * Alt+Shift+K to the previous one; the term is scrolled into view and focused, which
 * opens its card.
 */
export function isNextKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ';
}
export function isPreviousKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyK';
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

/** Handles the next / previous term keys: moves to that term and focuses it (which opens its card). */
export function navigateTerms(e: KeyboardEvent, marks: () => readonly HTMLElement[], current: Element | null): void {
  if (!e.isTrusted || !(isNextKey(e) || isPreviousKey(e))) return;
  const next = step(marks(), current, isNextKey(e) ? 1 : -1);
  if (!next) return;
  e.preventDefault();
  focusTerm(next);
}
