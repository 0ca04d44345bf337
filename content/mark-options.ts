import type { HighlightStyle } from '../settings/defaults';
import type { HighlighterOptions } from '../highlight/highlighter';

/**
 * How new highlights look and announce themselves: the style's class (set by mark.js as
 * it creates the element) and a description for screen readers. Focusability is added
 * only when a term is focused (keyboard navigation), not to every mark: fewer writes.
 */
/** What a screen reader says of a highlight besides its text. */
export const MARK_DESCRIPTION = 'glossary term';

export function markOptions(style: HighlightStyle): Pick<HighlighterOptions, 'markClass' | 'onMark'> {
  return {
    markClass: `gg-${style}`,
    onMark: (mark) => mark.setAttribute('aria-description', MARK_DESCRIPTION),
  };
}
