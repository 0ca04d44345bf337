/**
 * The whole text of the match a highlight starts. A match that crosses inline elements
 * ("short-chain <b>fatty acids</b>", or a PDF's text runs across a line break) is wrapped
 * in several marks: the first, then marks flagged as its continuation, with nothing else
 * between them in the text.
 */
import { MARK_SELECTOR } from '../highlight/highlighter';

export function matchText(mark: HTMLElement): string {
  const doc = mark.ownerDocument;
  let text = mark.textContent ?? '';
  const walker = doc.createTreeWalker(mark.getRootNode() as Node, NodeFilter.SHOW_TEXT);
  walker.currentNode = mark;
  let n = walker.nextNode();
  while (n && mark.contains(n)) n = walker.nextNode();
  for (; n; n = walker.nextNode()) {
    if (!(n as Text).data) continue; // splitting text leaves empty nodes behind
    const part = n.parentElement?.closest(MARK_SELECTOR);
    if (!part?.hasAttribute('data-gg-continued') || part.getAttribute('data-term-id') !== mark.dataset.termId) break;
    text += (n as Text).data;
  }
  return text;
}
