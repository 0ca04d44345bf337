/**
 * Citation and note markers: the "12" in `Tregs<sup>12</sup>`, `butyrate<sup>3,7</sup>`,
 * `Tregs<span class="cite">12</span>`, a reference link `<a href="#ref12">[12]</a>`, an
 * annotation such as `IL-10<sup>hi</sup>`. The reader sees the term end where the marker
 * starts, so the highlighter reads a marker as a word boundary instead of joining it to the
 * word ("Tregs12"). Names written with sub- and superscripts keep reading as one word:
 * `T<sub>H</sub>17`, `T<sub>reg</sub>` (a subscript is never a marker) and `CX3CR1<sup>+</sup>`.
 */

/** Digits, punctuation and symbols only ("12", "3,7", "3–5", "[12]", "*", "†", "+"), or a short lower-case annotation ("hi", "lo", "a"). */
const MARKER_TEXT = /^\s*(?:[\p{N}\p{P}\p{S}\s]+|\p{Ll}{1,6})\s*$/u;
/** Class names journals and wikis give citation markers. */
const CITE_CLASS = /(?:^|[-_\s])(?:cite|citation|xref|footnote|fn|ref|reference|bibr?|noteref)s?(?:[-_\s]|$)/i;
/** Reference links: an in-page link to a note, or one the page marks as a reference. */
const isReferenceLink = (el: Element): boolean =>
  el.localName === 'a' && ((el.getAttribute('href') ?? '').startsWith('#') || /^doc-(?:noteref|biblioref)$/.test(el.getAttribute('role') ?? ''));

/** Whether `el` is a citation or note marker (see the module comment). */
export function isNoteMarker(el: Element): boolean {
  const name = el.localName;
  const candidate = name === 'sup' || isReferenceLink(el) || ((name === 'span' || name === 'a') && CITE_CLASS.test(el.getAttribute('class') ?? ''));
  if (!candidate) return false;
  const text = el.textContent ?? '';
  return text.length <= 24 && MARKER_TEXT.test(text);
}

/** Whether `text` sits inside a note marker below `block` (the walk stops at the block). */
export function inNoteMarker(text: Node, block: Element): boolean {
  for (let el = text.parentElement; el && el !== block; el = el.parentElement) if (isNoteMarker(el)) return true;
  return false;
}

/** Stands in for a marker's characters in the text the matcher reads: a boundary, never a space between a term's words. */
export const MARKER_CHAR = '\u0001';
