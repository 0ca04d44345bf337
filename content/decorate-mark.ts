import type { HighlightStyle } from '../messaging/protocol';

/**
 * Makes a new highlight styled, focusable by script (not a Tab stop: a page can hold
 * hundreds) and announced as a glossary term.
 */
export function decorateMark(style: HighlightStyle) {
  return (mark: HTMLElement) => {
    mark.classList.add(`gg-${style}`);
    mark.tabIndex = -1;
    mark.setAttribute('aria-description', 'glossary term');
  };
}
