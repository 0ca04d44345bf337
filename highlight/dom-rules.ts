/**
 * Where highlights may go. Text inside these elements is never wrapped:
 * - form controls and editable regions: wrapping would break typing and the caret;
 * - script, style, template, noscript, title: not rendered as prose;
 * - svg and math: wrapping SVG <text> in an HTML element makes it vanish;
 * - code, pre, kbd, samp, var: identifiers such as "IL10" or "nod1" in code are not prose,
 *   and re-flowing preformatted text is never worth the risk;
 * - iframe/object/canvas/video/audio: not text; frames get their own content script;
 * - mark: our own highlights and the page's own highlights are left as they are.
 * Code editors that draw their text outside an editable region (Monaco, Ace, CodeMirror)
 * are recognised by their root class: their lines are code, and they re-render them.
 */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'HEAD',
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON', 'DATALIST',
  'SVG', 'MATH', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'MARK',
]);

/** Root classes of code editors whose rendered lines are not editable elements. */
export const EDITOR_CLASSES = ['monaco-editor', 'ace_editor', 'CodeMirror', 'cm-editor'];

/** The tag of our term card's host element: its subtree is ours, never the page's. */
export const CARD_HOST_TAG = 'gut-glossary-card';

/** A document in design mode is editable as a whole (old rich editors set it on their frame, even after load). */
export const isDesignMode = (doc: Document): boolean => doc.designMode === 'on';

/** Elements that start a new line of text: a match never spans two of them. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR', 'OPTION',
]);

/** True when no highlight may be placed inside `el` or its descendants. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase()) || el.localName === CARD_HOST_TAG) return true;
  // The attribute, not `isContentEditable`: that getter brings the page's style up to date,
  // which after each of our writes costs a style recalculation per element visited. Walks
  // never enter an editable root, so its descendants need no check of their own.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (EDITOR_CLASSES.some((c) => el.classList.contains(c))) return true;
  return el.getAttribute('role') === 'textbox';
}

/**
 * True when `el` or any of its ancestors is skipped: an ancestor walk with `isSkipped`,
 * which costs a fraction of matching a selector of descendant combinators (and stays
 * linear on deep subtrees, where `closest()` with such a selector is not). With `known`
 * (answers from the same task, while the page cannot change), the walk stops at the first
 * ancestor already answered, and every element walked is answered too: the blocks of a
 * deeply nested subtree cost one walk between them, not one each.
 */
export function isExcluded(el: Element, known?: Map<Element, boolean>): boolean {
  const walked: Element[] = [];
  let excluded = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const answer = known?.get(e);
    if (answer !== undefined) {
      excluded = answer;
      break;
    }
    if (isSkipped(e)) {
      excluded = true;
      break;
    }
    walked.push(e);
  }
  if (known) for (const e of walked) known.set(e, excluded);
  return excluded;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The nearest block ancestor of a node, stopping at `root`'s host boundary. */
export function nearestBlock(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !isBlock(el)) {
    if (!el.parentElement) return el; // the top of a shadow tree or a detached fragment
    el = el.parentElement;
  }
  return el;
}
