/**
 * Wraps glossary matches in `<mark data-term-id>` with mark.js, one block at a time, and
 * takes them out again leaving the page's text nodes exactly as they were.
 *
 * mark.js does the wrapping (`markRanges` handles a match split across inline elements).
 * We compute the ranges ourselves so that a match never crosses a block boundary, and we
 * keep a record of every text node mark.js splits: frameworks such as React hold
 * references to their text nodes and later rewrite or remove them, so removal must put
 * the text back into the page's own node instead of merging siblings with normalize().
 */
import Mark from 'mark.js';
import type { Matcher } from '../glossary/matcher';
import { isBlock, isDesignMode, isSkipped, nearestBlock } from './dom-rules';
import { inNoteMarker, MARKER_CHAR } from './note-markers';

export const MARK_CLASS = 'gut-glossary-mark';
/** Selects our highlights and never the page's own `<mark>` elements. */
export const MARK_SELECTOR = `mark.${MARK_CLASS}[data-term-id]`;

/**
 * mark.js walks text with a new NodeIterator on every call. Browsers keep each live
 * NodeIterator registered on its document and update all of them on every node removal,
 * so after thousands of blocks every wrap pays for thousands of iterators (quadratic on
 * long pages). While mark.js runs, the document hands it TreeWalkers instead, which are
 * not tracked. Ours also decide exclusion: they refuse skipped elements (`isSkipped`) as
 * they come, once per element, so mark.js sees exactly the text nodes our offset walk
 * counted and needs no `exclude` selector of its own (matching that selector against
 * every text node's parent was a third of our script's time). For the text nodes mark.js
 * asks about, its own filter still runs. (In a content script this is our world's view of
 * `document` only.)
 */
function withTreeWalkers(doc: Document, fn: () => void): void {
  const d = doc as unknown as { createNodeIterator?: unknown };
  d.createNodeIterator = (root: Node, _whatToShow?: number, filter?: NodeFilter | null) => {
    const textFilter = typeof filter === 'function' ? filter : filter ? (n: Node) => filter.acceptNode(n) : () => NodeFilter.FILTER_ACCEPT;
    return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (n) =>
      n.nodeType === Node.TEXT_NODE ? textFilter(n) : isSkipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP,
    );
  };
  try {
    fn();
  } finally {
    delete d.createNodeIterator;
  }
}

/** One match in a block, as mark.js wants it: an offset into the block's text, and our entry id. */
export interface TermRange {
  start: number;
  length: number;
  id: string;
}

/** What a block holds: its matches, and how much text was read to find them. */
export interface BlockScan {
  ranges: TermRange[];
  textLength: number;
}

export interface HighlighterOptions {
  /** Highlight only the first mention: of every entry (true), or of those the function names. */
  firstMentionOnly: boolean | ((id: string) => boolean);
  /** Called for every mark element created (each fragment of a split match). */
  onMark?: (mark: HTMLElement) => void;
  /** Extra classes for every mark (the highlight style), set when mark.js creates it. */
  markClass?: string;
}

export class Highlighter {
  /** Page text node that mark.js split → the node that followed it before the split. */
  private readonly splits = new Map<Text, Node | null>();
  /** Text nodes split off a page node: they are ours, and go when the page node is restored. */
  private readonly pieces = new WeakSet<Node>();
  /** Entries already highlighted, for "first mention only". */
  private readonly seen = new Set<string>();

  constructor(
    private readonly matcher: Matcher,
    private readonly options: HighlighterOptions,
  ) {}

  /**
   * Blocks under `root` that directly hold text, in document order, discovered lazily so a
   * caller can stop between any two. Skipped subtrees are not entered, nor those `accept`
   * refuses; when it answers 'stop', the walk ends there. Open shadow roots are reported
   * to `onShadowRoot` (a tree walker does not cross into them).
   */
  static *blocksIn(
    root: Node,
    accept: (el: Element) => boolean | 'stop' = () => true,
    onShadowRoot?: (root: ShadowRoot) => void,
  ): Generator<Element> {
    const seen = new Set<Element>();
    /** Blocks entered below `root`, innermost last: the nearest block of a text node, without an ancestor walk. */
    const path: Element[] = [];
    // A plain walk by child and sibling (no filter callback per node). Between two blocks
    // handed out, the page may have changed: a node taken out ends the walk there, as a
    // tree walker's would.
    let n: Node | null = root.firstChild;
    while (n) {
      let down = false;
      if (n.nodeType === Node.TEXT_NODE) {
        if (/\S/.test((n as Text).data)) {
          let block = path.length ? path[path.length - 1]! : nearestBlock(n);
          // The page may have moved what we were walking: check a new block once.
          if (block && !seen.has(block) && path.length && !block.contains(n)) block = nearestBlock(n);
          if (block && !seen.has(block)) {
            seen.add(block);
            yield block;
          }
        }
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n as Element;
        if (!isSkipped(el)) {
          const verdict = accept(el);
          if (verdict === 'stop') return;
          if (verdict) {
            if (el.shadowRoot) onShadowRoot?.(el.shadowRoot);
            down = el.firstChild !== null;
          }
        }
      }
      if (down) {
        if (isBlock(n as Element)) path.push(n as Element);
        n = n.firstChild;
        continue;
      }
      while (n && n !== root && !n.nextSibling) {
        n = n.parentNode;
        if (n && path[path.length - 1] === n) path.pop();
      }
      n = !n || n === root ? null : n.nextSibling;
    }
  }

  /** Highlights the text that belongs directly to `block` (not to nested blocks). Returns the marks added. */
  highlightBlock(block: Element): number {
    return this.wrap(block, this.scan(block).ranges);
  }

  /**
   * Finds the matches in the text that belongs directly to `block`, without changing the
   * page: counting needs no wrapping. "First mention only" is decided here, in the order
   * blocks are scanned, so wrapping later (or never) does not change which mention it is.
   */
  scan(block: Element): BlockScan {
    const doc = block.ownerDocument;
    const ranges: TermRange[] = [];
    if (isDesignMode(doc)) return { ranges, textLength: 0 }; // checked here, where every write starts, not per element walked
    // Walk exactly the text nodes mark.js will see, to get its offsets; track line breaks.
    // A plain walk by child and sibling: no filter callback per node, and whether a text
    // node belongs to `block` itself is known from the nested blocks entered on the way.
    let offset = 0;
    let line = 0;
    /** Nested blocks we are inside, below `block`. */
    let inner = 0;
    let segLine = -1;
    let seg: { start: number; text: string } | null = null;
    const flush = () => {
      if (seg) this.rangesIn(seg.text, seg.start, ranges);
      seg = null;
    };
    let n: Node | null = block.firstChild;
    while (n) {
      if (n.nodeType === Node.TEXT_NODE) {
        const text = n as Text;
        if (inner === 0) {
          if (line !== segLine) flush();
          seg ??= { start: offset, text: '' };
          // A citation marker reads as a boundary: "Tregs<sup>12</sup>" is "Tregs", then a note.
          seg.text += text.parentElement !== block && inNoteMarker(text, block) ? MARKER_CHAR.repeat(text.data.length) : text.data;
          segLine = line;
        } else line++;
        offset += text.data.length;
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n as Element;
        // A skipped element (a button, our own mark) also breaks the text; its text is not walked.
        if (isSkipped(el)) line++;
        else {
          const isBlockEl = isBlock(el);
          if (isBlockEl) line++;
          if (el.firstChild) {
            if (isBlockEl) inner++;
            n = el.firstChild;
            continue;
          }
        }
      }
      // Next: the sibling, or the sibling of the nearest ancestor that has one.
      while (n !== block && !n.nextSibling) {
        n = n.parentNode!;
        if (n !== block && isBlock(n as Element)) inner--;
      }
      n = n === block ? null : n.nextSibling;
    }
    flush();
    return { ranges, textLength: offset };
  }

  /** Wraps `ranges` (from `scan`, with the block's text unchanged since) in marks. Returns the marks added. */
  wrap(block: Element, ranges: readonly TermRange[]): number {
    const doc = block.ownerDocument;
    if (!ranges.length || isDesignMode(doc)) return 0;
    // Record each page text node before mark.js splits it (see the class comment).
    const before = new Map<Text, Node | null>();
    for (const t of this.textNodesOf(block)) if (!this.pieces.has(t) && !this.splits.has(t)) before.set(t, t.nextSibling);
    let added = 0;
    let previous: unknown;
    withTreeWalkers(doc, () => new Mark(block as HTMLElement).markRanges(ranges as TermRange[], {
      element: 'mark',
      className: this.options.markClass ? `${MARK_CLASS} ${this.options.markClass}` : MARK_CLASS,
      exclude: [], // our tree walkers already refuse skipped elements (see withTreeWalkers)
      each: (el: Element, range: unknown) => {
        const mark = el as HTMLElement;
        mark.dataset.termId = (range as TermRange).id;
        // Later fragments of a match split across inline elements are not counted again.
        if (range === previous) mark.dataset.ggContinued = '';
        previous = range;
        added++;
        this.options.onMark?.(mark);
      },
    } as Mark.MarkRangesOptions));
    for (const [t, end] of before) {
      if (t.nextSibling === end) continue; // not split
      this.splits.set(t, end);
      for (let p = t.nextSibling; p && p !== end; p = p.nextSibling) this.pieces.add(p);
    }
    return added;
  }

  private rangesIn(text: string, start: number, out: TermRange[]): void {
    for (const m of this.matcher.find(text)) {
      const firstOnly = this.options.firstMentionOnly;
      if (firstOnly === true || (firstOnly !== false && firstOnly(m.id))) {
        if (this.seen.has(m.id)) continue;
        this.seen.add(m.id);
      }
      out.push({ start: start + m.start, length: m.end - m.start, id: m.id });
    }
  }

  private *textNodesOf(block: Element): Generator<Text> {
    const it = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = it.nextNode(); n; n = it.nextNode()) yield n as Text;
  }

  /** Whether `node` is a page text node we split (its text continues in our pieces). */
  isSplit(node: Node): node is Text {
    return this.splits.has(node as Text);
  }

  /** Whether `node` is ours: a mark or a text piece split off a page node. */
  isOurs(node: Node): boolean {
    return this.pieces.has(node) || (node instanceof Element && node.matches(MARK_SELECTOR));
  }

  /**
   * Puts a split page node back together: our pieces go, and their text returns to the
   * node, unless the page has since rewritten the node (`keepPageText`), in which case the
   * page's new text stands alone.
   */
  restore(node: Text, keepPageText = false): void {
    const end = this.splits.get(node);
    if (end === undefined) return;
    this.splits.delete(node);
    let text = '';
    const parent = node.parentNode ?? (end?.parentNode ?? null);
    for (let p = node.parentNode ? node.nextSibling : null; p && p !== end; ) {
      const next: ChildNode | null = p.nextSibling;
      if (!this.pieces.has(p)) break; // the page inserted something: stop at it
      text += p.textContent ?? '';
      p.remove();
      p = next;
    }
    if (!keepPageText && parent) node.data += text;
  }

  /** Removes our pieces that belonged to a page node the page has removed. */
  dropPiecesAfter(node: Text, parent: Node, nextSibling: Node | null): void {
    const end = this.splits.get(node);
    if (end === undefined) return;
    this.splits.delete(node);
    for (let p: Node | null = nextSibling; p && p !== end && p.parentNode === parent && this.pieces.has(p); ) {
      const next: Node | null = p.nextSibling;
      parent.removeChild(p);
      p = next;
    }
  }

  /**
   * Forgets the split records inside a subtree the page removed, so the nodes can be
   * collected at once. Walks at most `limit` text nodes; `prune` catches anything beyond.
   */
  forgetWithin(root: Node, limit = 2000): void {
    if (!this.splits.size) return;
    if (root.nodeType === Node.TEXT_NODE) return void this.splits.delete(root as Text);
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(), i = 0; n && i < limit; n = walker.nextNode(), i++) this.splits.delete(n as Text);
  }

  /** Forgets split records of page nodes that have left the document (long-lived pages). */
  prune(): void {
    for (const node of this.splits.keys()) if (!node.isConnected) this.splits.delete(node);
  }

  get splitCount(): number {
    return this.splits.size;
  }

  /** Removes every highlight and restores the page's text nodes. The page's own marks stay. */
  removeAll(): void {
    for (const node of [...this.splits.keys()]) this.restore(node);
    this.seen.clear();
  }
}
