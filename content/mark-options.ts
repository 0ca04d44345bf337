import type { HighlightStyle } from '../settings/defaults';
import type { HighlighterOptions } from '../highlight/highlighter';

/**
 * How new highlights look and announce themselves: the style's class (set by mark.js as
 * it creates the element) and a description for screen readers. Focusability is added
 * only when a term is focused (keyboard navigation), not to every mark: fewer writes.
 */
/** What a screen reader says of a highlight besides its text. */
export const MARK_DESCRIPTION = 'glossary term';

export function markOptions(style: HighlightStyle, made: WeakSet<HTMLElement>): Pick<HighlighterOptions, 'markClass' | 'onMark'> {
  return {
    markClass: `gg-${style}`,
    onMark: (mark) => {
      // Remembered, so a page's look-alike marks are never counted or opened.
      made.add(mark);
      mark.setAttribute('aria-description', MARK_DESCRIPTION);
    },
  };
}
