/**
 * The page's readable text in one string, for learning what the page defines before it is
 * highlighted: subtrees never highlighted (scripts, form fields, code, our card) are left
 * out, and each block starts a new line so a bracket never reaches into the paragraph before.
 */
import { isBlock, isSkipped } from './dom-rules';

export function readableText(root: Node, max: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push((n as Text).data);
      length += (n as Text).data.length;
    } else if (isBlock(n as Element)) parts.push('\n');
  }
  return parts.join('');
}
