// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { matchText } from '../../content/match-text';

/** A mark as the highlighter leaves it. */
function mark(id: string, text: string, continued = false): HTMLElement {
  const m = document.createElement('mark');
  m.className = 'gut-glossary-mark';
  m.dataset.termId = id;
  if (continued) m.dataset.ggContinued = '';
  m.textContent = text;
  return m;
}
const el = (tag: string, ...children: (Node | string)[]) => {
  const e = document.createElement(tag);
  e.append(...children);
  return e;
};

test('a match split over inline elements reads whole; the next match is not part of it', () => {
  const first = mark('scfas', 'short-chain ');
  const other = mark('butyrate', 'butyrate');
  document.body.replaceChildren(el('p', first, el('b', mark('scfas', 'fatty acids', true)), ' and ', other));
  expect(matchText(first)).toBe('short-chain fatty acids');
  expect(matchText(other)).toBe('butyrate');
});

test('a PDF line break: the run, its newline and the next run; the same term next to it is its own match', () => {
  const first = mark('dysbiosis', 'dys-');
  const next = mark('dysbiosis', 'dysbiosis');
  document.body.replaceChildren(
    // Splitting text leaves empty text nodes next to the marks.
    el('div', el('span', 'cause ', first, ''), el('span', mark('dysbiosis', '\n', true)), el('span', mark('dysbiosis', 'biosis', true), ', a ', next)),
  );
  expect(matchText(first)).toBe('dys-\nbiosis');
  expect(matchText(next)).toBe('dysbiosis');
});
