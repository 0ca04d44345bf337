// @vitest-environment jsdom
/**
 * The highlighter over a real DOM (jsdom: happy-dom's NodeIterator loops on mark.js' walk): matches wrapped block by block, split
 * matches carry the id on every fragment, nothing inside skipped elements, and removal
 * gives back exactly the page's text nodes.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { compileMatcher, type MatchEntry } from '../../glossary/matcher';
import { isExcluded } from '../../highlight/dom-rules';
import { Highlighter, MARK_SELECTOR } from '../../highlight/highlighter';

const entries: MatchEntry[] = [
  { id: 'scfas', forms: [{ text: 'short-chain fatty acids', caseSensitive: false }, { text: 'SCFAs', caseSensitive: true }] },
  { id: 'tregs', forms: [{ text: 'regulatory T cells', caseSensitive: false }, { text: 'Tregs', caseSensitive: true }] },
  { id: 'gut-microbiome', forms: [{ text: 'gut microbiome', caseSensitive: false }] },
  { id: 'dysbiosis', forms: [{ text: 'dysbiosis', caseSensitive: false }] },
];
const matcher = compileMatcher(entries);

function highlightAll(root: Element, firstMentionOnly: boolean | ((id: string) => boolean) = false): Highlighter {
  const h = new Highlighter(matcher, { firstMentionOnly });
  for (const block of [...Highlighter.blocksIn(root)]) h.highlightBlock(block);
  return h;
}

/** Text nodes and their data, in order: the structure a framework relies on. */
function textNodes(root: Node): string[] {
  const out: string[] = [];
  const it = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
  for (let n = it.nextNode(); n; n = it.nextNode()) out.push((n as Text).data);
  return out;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('highlightBlock', () => {
  test('a match split across inline elements is one match, every fragment carrying the id', () => {
    document.body.innerHTML = '<p>Fibre becomes short-chain <b>fatty acids</b> in the colon.</p>';
    highlightAll(document.body);
    const marks = [...document.querySelectorAll<HTMLElement>(MARK_SELECTOR)];
    expect(marks.map((m) => [m.textContent, m.dataset.termId])).toEqual([
      ['short-chain ', 'scfas'],
      ['fatty acids', 'scfas'],
    ]);
    expect(marks[1]!.hasAttribute('data-gg-continued')).toBe(true);
  });

  test('never across two blocks, never inside skipped elements, never in our own marks twice', () => {
    document.body.innerHTML =
      '<h1>gut</h1><p>microbiome</p><p>dysbiosis <code>dysbiosis</code> <button>dysbiosis</button></p>' +
      '<div contenteditable="true">dysbiosis</div><textarea>dysbiosis</textarea><svg><text>dysbiosis</text></svg>' +
      '<pre>dysbiosis</pre><mark>dysbiosis</mark>';
    const h = highlightAll(document.body);
    for (const block of [...Highlighter.blocksIn(document.body)]) h.highlightBlock(block); // again: idempotent
    expect([...document.querySelectorAll(MARK_SELECTOR)].map((m) => m.textContent)).toEqual(['dysbiosis']);
    expect(document.querySelector('p mark')?.parentElement?.tagName).toBe('P');
  });

  test('text around a nested block stays separate from it', () => {
    document.body.innerHTML = '<div>gut <p>and more</p> microbiome, then dysbiosis</div>';
    highlightAll(document.body);
    expect([...document.querySelectorAll(MARK_SELECTOR)].map((m) => m.textContent)).toEqual(['dysbiosis']);
  });

  test('first mention only marks each entry once', () => {
    document.body.innerHTML = '<p>Tregs and Tregs.</p><p>More Tregs and dysbiosis.</p>';
    highlightAll(document.body, true);
    expect([...document.querySelectorAll<HTMLElement>(MARK_SELECTOR)].map((m) => m.dataset.termId)).toEqual(['tregs', 'dysbiosis']);
  });

  test('first mention only for the entries named, every mention of the others', () => {
    document.body.innerHTML = '<p>Tregs and dysbiosis.</p><p>More Tregs and dysbiosis.</p>';
    highlightAll(document.body, (id) => id === 'tregs');
    expect([...document.querySelectorAll<HTMLElement>(MARK_SELECTOR)].map((m) => m.dataset.termId)).toEqual(['tregs', 'dysbiosis', 'dysbiosis']);
  });
});

describe('removeAll', () => {
  test("restores the page's own text nodes (not merged), and leaves the page's marks", () => {
    const p = document.createElement('p');
    // Two adjacent text nodes, as frameworks render "{a}{b}": they must stay two nodes.
    p.append('Tregs and ', 'dysbiosis matter', document.createElement('mark'));
    p.lastElementChild!.textContent = 'the page’s own mark';
    document.body.append(p);
    const [first, second] = [p.childNodes[0] as Text, p.childNodes[1] as Text];
    const h = highlightAll(document.body);
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(2);
    h.removeAll();
    expect(document.querySelectorAll(MARK_SELECTOR)).toHaveLength(0);
    expect(p.childNodes[0]).toBe(first);
    expect(p.childNodes[1]).toBe(second);
    expect(first.data).toBe('Tregs and ');
    expect(second.data).toBe('dysbiosis matter');
    expect(p.querySelector('mark')?.textContent).toBe('the page’s own mark');
  });

  test('restore keeps the text a framework wrote into a node we had split', () => {
    document.body.innerHTML = '<p>Before Tregs after</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const h = highlightAll(document.body);
    node.data = 'Completely new text'; // what React does on an update
    h.restore(node, true);
    expect(document.querySelector('p')!.textContent).toBe('Completely new text');
  });
});

describe('property: highlight then remove changes nothing', () => {
  const word = fc.constantFrom('Tregs', 'gut', 'microbiome', 'short-chain', 'fatty', 'acids', 'dysbiosis', 'SCFAs', 'the', 'and', ',', '.', ' ', '\u00a0', '\u00ad', 'tregs');
  const text = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));
  const tag = fc.constantFrom('p', 'b', 'i', 'span', 'div', 'li', 'code', 'a');
  type Tree = string | { tag: string; children: Tree[] };
  const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.record({ tag, children: tie('nodes') })),
    nodes: fc.array(tie('node'), { maxLength: 4 }),
  })).nodes;
  const build = (parent: Node, nodes: Tree[]) => {
    for (const n of nodes) {
      if (typeof n === 'string') parent.appendChild(document.createTextNode(n));
      else build(parent.appendChild(document.createElement(n.tag)), n.children);
    }
  };

  test('textContent and every text node are as before', () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (nodes, firstOnly) => {
        document.body.replaceChildren();
        const root = document.body.appendChild(document.createElement('article'));
        build(root, nodes);
        const before = { text: root.textContent, nodes: textNodes(root), html: root.innerHTML };
        const h = highlightAll(root, firstOnly);
        expect(root.textContent).toBe(before.text);
        h.removeAll();
        expect(textNodes(root)).toEqual(before.nodes);
        expect(root.innerHTML).toBe(before.html);
      }),
      { numRuns: 20 },
    );
  });
});

describe('a long run of text', () => {
  test('is matched in windows, and finds exactly what one pass over it finds, terms across a window edge included', () => {
    for (const shift of [-30, -12, -5, -1, 0, 1, 3, 9, 20, 150, 190, 230]) {
      // A term placed across the first window's edge (50,000 characters, cut at a space).
      const text = `${'x '.repeat(Math.floor((50_000 + shift) / 2))}short-chain fatty acids and regulatory T cells, dysbiosis. ${'plain words, then the gut microbiome. '.repeat(900)}${'plain words here '.repeat(2000)}Tregs.`;
      document.body.innerHTML = '<p></p>';
      document.querySelector('p')!.textContent = text;
      const h = new Highlighter(matcher, { firstMentionOnly: false });
      const job = h.startScan(document.querySelector('p')!);
      let calls = 0;
      while (!h.continueScan(job, 20_000)) calls++;
      expect(calls).toBeGreaterThanOrEqual(2);
      expect(job.ranges).toEqual(matcher.find(text).map((m) => ({ start: m.start, length: m.end - m.start, id: m.id })));
    }
  });
});

describe('isExcluded', () => {
  test('answers alike with and without the answers of the same task, and answers every element it walked', () => {
    document.body.innerHTML =
      '<div id="a"><p id="p1">x</p><div contenteditable="true"><div id="e1"><p id="p2">y</p></div></div><code><span id="c1">z</span></code></div>';
    const ids = ['p1', 'p2', 'e1', 'c1', 'a'];
    const plain = ids.map((id) => isExcluded(document.getElementById(id)!));
    expect(plain).toEqual([false, true, true, true, false]);
    const known = new Map<Element, boolean>();
    expect(ids.map((id) => isExcluded(document.getElementById(id)!, known))).toEqual(plain);
    // The walk from p2 answered its ancestors below the editable root; from p1, the document's.
    expect(known.get(document.getElementById('e1')!)).toBe(true);
    expect(known.get(document.body)).toBe(false);
  });

  test('a deep subtree is answered with one walk between its blocks', () => {
    let node: Element = document.body;
    for (let i = 0; i < 2000; i++) node = node.appendChild(document.createElement('div'));
    const skipped = vi.spyOn(document.body, 'getAttribute');
    const known = new Map<Element, boolean>();
    for (let e: Element | null = node; e && e !== document.body; e = e.parentElement) isExcluded(e, known);
    // The body is looked at once, not once per nested block.
    expect(skipped.mock.calls.filter(([name]) => name === 'contenteditable').length).toBe(1);
  });
});
