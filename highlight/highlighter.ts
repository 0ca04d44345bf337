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
import { MAX_MENTIONS, MIN_CHARS_PER_MENTION } from './limits';
import { inNoteMarker, MARKER_CHAR } from './note-markers';

export const MARK_CLASS = 'gut-glossary-mark';
/** Selects our highlights and never the page's own `<mark>` elements. */
export const MARK_SELECTOR = `mark.${MARK_CLASS}[data-term-id]`;

/**
 * mark.js walks text with a new NodeIterator on every call. Browsers keep each live
 * NodeIterator registered on its document and update all of them on every node removal,
 * so after thousands of blocks every wrap pays for thousands of iterators (quadratic on
 * long pages). While mark.js runs, the document hands it instead a walk over just the text
 * nodes we give it: the block's own (those our scan counted, so the offsets agree), or in a
 * large block those a batch of ranges lies in. mark.js needs no `exclude` selector of its
 * own (matching one against every text node's parent was a third of our script's time);
 * for the nodes it is shown, its own filter still runs. (In a content script this is our
 * world's view of `document` only.)
 */
function showingOnly(doc: Document, nodes: readonly Text[], fn: () => void): void {
  const d = doc as unknown as { createNodeIterator?: unknown };
  d.createNodeIterator = (_root: Node, _whatToShow?: number, filter?: NodeFilter | null) => {
    const textFilter = typeof filter === 'function' ? filter : filter ? (n: Node) => filter.acceptNode(n) : () => NodeFilter.FILTER_ACCEPT;
    return listIterator(nodes.filter((n) => textFilter(n) === NodeFilter.FILTER_ACCEPT));
  };
  try {
    fn();
  } finally {
    delete d.createNodeIterator;
  }
}

/** Walks a list of text nodes as a tree walker would walk just them (mark.js steps with `previousNode` and `nextNode`). */
function listIterator(nodes: readonly Text[]): Pick<TreeWalker, 'nextNode' | 'previousNode'> {
  let at = -1;
  return {
    nextNode: () => (at + 1 < nodes.length ? nodes[++at]! : null),
    previousNode: () => (at > 0 ? nodes[--at]! : null),
  };
}

/**
 * The text nodes that belong to `block` itself, in document order: not those of a nested
 * block (it is a block of its own), nor those inside skipped elements, our marks among them.
 */
function ownTextNodes(block: Element): Text[] {
  const out: Text[] = [];
  let n: Node | null = block.firstChild;
  while (n) {
    if (n.nodeType === Node.TEXT_NODE) out.push(n as Text);
    else if (n.nodeType === Node.ELEMENT_NODE && n.firstChild && !isSkipped(n as Element) && !isBlock(n as Element)) {
      n = n.firstChild;
      continue;
    }
    while (n !== block && !n.nextSibling) n = n.parentNode!;
    n = n === block ? null : n.nextSibling;
  }
  return out;
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

/**
 * A block's scan under way: its text, read once, is matched a window at a time, so one huge
 * block (a 2 MB text node) is spread over several slices of work (`continueScan`).
 */
export interface ScanJob extends BlockScan {
  readonly block: Element;
  /** Runs of the block's own text between line breaks, with their offsets in its text. */
  readonly segments: readonly { start: number; text: string }[];
  /** The segment being matched, and how far into it. */
  segment: number;
  position: number;
  /** Leave out the entries shown at their first mention only (the visible pass, out of document order). */
  readonly deferFirst?: boolean;
}

/** Text matched in one window at most; a longer run is read in overlapping windows cut at a space. */
const SCAN_WINDOW = 50_000;
/** Read past a window's cut, so that a term across it is found whole (no form is this long). */
const WINDOW_OVERLAP = 200;
/**
 * mark.js rebuilds its copy of the block's text for every range it wraps, so one call costs
 * ranges × text. In a block with more text than this, it is shown a batch of ranges at a
 * time with only the text nodes they lie in, page text nodes longer than PIECE_CHARS cut
 * into pieces first.
 */
const LARGE_BLOCK = 20_000;
const PIECE_CHARS = 4096;
const WRAP_BATCH = 50;

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
  /** Mentions of each entry on the page so far, and the text they were found in. */
  private readonly mentions = new Map<string, number>();
  private countedChars = 0;
  /** What each block's last scan counted: the entry of each mention (a plain list: lighter than a map), and its own text's length. */
  private blockCounts = new WeakMap<Element, { chars: number; ids: string[] }>();
  /** Entries mentioned too often (see MAX_MENTIONS): the rest of their mentions are left alone. */
  readonly tooCommon = new Set<string>();

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
          if (block && !seen.has(block) && path.length && n.parentNode !== block && !block.contains(n)) block = nearestBlock(n);
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
    const job = this.startScan(block);
    this.continueScan(job);
    return job;
  }

  /**
   * Reads the block's own text, to be matched by `continueScan`. With `deferFirst`, the
   * entries shown at their first mention only are left for a scan in document order.
   */
  startScan(block: Element, deferFirst = false): ScanJob {
    const segments: { start: number; text: string }[] = [];
    const job: ScanJob = { block, segments, segment: 0, position: 0, ranges: [], textLength: 0, deferFirst };
    if (isDesignMode(block.ownerDocument)) return job; // checked here, where every write starts, not per element walked
    // Walk exactly the text nodes mark.js will be shown (the block's own: see `ownTextNodes`),
    // to get their offsets; track line breaks. A nested block is a line break, and is not
    // entered: its text is its own block's, and walking it from every block around it would
    // cost a deep page the square of its depth.
    let offset = 0;
    let line = 0;
    let segLine = -1;
    let seg: { start: number; text: string } | null = null;
    let n: Node | null = block.firstChild;
    while (n) {
      if (n.nodeType === Node.TEXT_NODE) {
        const text = n as Text;
        if (line !== segLine && seg) segments.push(seg);
        if (line !== segLine) seg = null;
        seg ??= { start: offset, text: '' };
        // A citation marker reads as a boundary: "Tregs<sup>12</sup>" is "Tregs", then a note.
        seg.text += text.parentElement !== block && inNoteMarker(text, block) ? MARKER_CHAR.repeat(text.data.length) : text.data;
        segLine = line;
        offset += text.data.length;
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n as Element;
        // A skipped element (a button, our own mark) or a nested block breaks the text; neither is entered.
        if (isSkipped(el) || isBlock(el)) line++;
        else if (el.firstChild) {
          n = el.firstChild;
          continue;
        }
      }
      // Next: the sibling, or the sibling of the nearest ancestor that has one.
      while (n !== block && !n.nextSibling) n = n.parentNode!;
      n = n === block ? null : n.nextSibling;
    }
    if (seg) segments.push(seg);
    job.textLength = offset;
    return job;
  }

  /**
   * Matches about `budget` more characters of a scan (all that is left by default); true
   * when it is complete, its mentions then counted (see MAX_MENTIONS).
   */
  continueScan(job: ScanJob, budget = Infinity): boolean {
    let read = 0;
    while (job.segment < job.segments.length) {
      if (read >= budget) return false;
      const { start, text } = job.segments[job.segment]!;
      const from = job.position;
      let cut = text.length;
      if (cut - from > SCAN_WINDOW) {
        // Cut at a space, so the next window starts at a word (a word boundary for the matcher).
        const space = text.slice(from + SCAN_WINDOW, from + SCAN_WINDOW + 1000).search(/\s/);
        cut = space < 0 ? from + SCAN_WINDOW : from + SCAN_WINDOW + space + 1;
      }
      let next = cut;
      const window = cut === text.length && from === 0 ? text : text.slice(from, Math.min(text.length, cut + WINDOW_OVERLAP));
      for (const m of this.matcher.find(window)) {
        if (from + m.start >= cut) break;
        next = Math.max(next, from + m.end);
        this.addRange(job, m.id, start + from + m.start, m.end - m.start);
      }
      read += next - from;
      if (next >= text.length) {
        job.segment++;
        job.position = 0;
      } else job.position = next;
    }
    this.countMentions(job);
    return true;
  }

  private addRange(job: ScanJob, id: string, start: number, length: number): void {
    const firstOnly = this.options.firstMentionOnly;
    if (firstOnly === true || (firstOnly !== false && firstOnly(id))) {
      if (job.deferFirst || this.seen.has(id)) return;
      this.seen.add(id);
    }
    job.ranges.push({ start, length, id });
  }

  /**
   * Counts a finished scan's mentions on the page (in place of the block's last scan) and
   * drops those of entries found too often (see MAX_MENTIONS).
   */
  private countMentions(job: ScanJob): void {
    this.uncount(job.block);
    const here = new Map<string, number>();
    job.ranges = job.ranges.filter((r) => {
      if (this.tooCommon.has(r.id)) return false;
      const n = (here.get(r.id) ?? 0) + 1;
      const total = (this.mentions.get(r.id) ?? 0) + n;
      // The text read up to this mention: the blocks before, and this one up to it.
      if (total > MAX_MENTIONS && total * MIN_CHARS_PER_MENTION > this.countedChars + r.start) {
        this.tooCommon.add(r.id);
        return false;
      }
      here.set(r.id, n);
      return true;
    });
    const chars = job.segments.reduce((sum, s) => sum + s.text.length, 0);
    this.countedChars += chars;
    for (const [id, n] of here) this.mentions.set(id, (this.mentions.get(id) ?? 0) + n);
    // Kept only for blocks with mentions (most blocks of most pages have none): the text of
    // blocks without any stays counted when they go, which only makes the limit more lenient.
    if (here.size) this.blockCounts.set(job.block, { chars, ids: job.ranges.map((r) => r.id) });
  }

  /** Wraps `ranges` (from `scan`, with the block's text unchanged since) in marks. Returns the marks added. */
  wrap(block: Element, ranges: readonly TermRange[]): number {
    if (!ranges.length || isDesignMode(block.ownerDocument)) return 0;
    // mark.js is shown the block's own text nodes, those `scan` counted (not a nested
    // block's). Each one's next sibling is recorded before mark.js splits it (see the class comment).
    const own = ownTextNodes(block);
    const before = new Map<Text, Node | null>();
    let length = 0;
    for (const t of own) {
      before.set(t, t.nextSibling);
      length += t.data.length;
    }
    let added = 0;
    if (length <= LARGE_BLOCK) added = this.markRanges(block, ranges, own);
    else {
      // mark.js rebuilds its copy of the text it is shown for every range, so in a large
      // block it is shown a batch of ranges at a time, with only the text nodes they lie in;
      // the last batch first, so that the nodes and offsets before it still hold.
      let start = 0;
      const nodes = this.cutLongNodes(
        own.map((node) => ({ node, start: (start += node.data.length) - node.data.length })),
        ranges,
      );
      let last = nodes.length - 1;
      for (let end = ranges.length; end > 0; end -= WRAP_BATCH) {
        const batch = ranges.slice(Math.max(0, end - WRAP_BATCH), end);
        const from = batch[0]!.start;
        const to = batch[batch.length - 1]!.start + batch[batch.length - 1]!.length;
        while (last > 0 && nodes[last]!.start >= to) last--;
        let first = last;
        while (first > 0 && nodes[first]!.start > from) first--;
        const shift = nodes[first]!.start;
        const shown = nodes.slice(first, last + 1).map((n) => n.node);
        added += this.markRanges(block, batch.map((r) => ({ ...r, start: r.start - shift })), shown);
      }
    }
    for (const [t, end] of before) {
      if (t.nextSibling === end) continue; // not split
      // A page node split for the first time is recorded; what a split adds is ours, also
      // when the node split was already one of our pieces.
      if (!this.pieces.has(t) && !this.splits.has(t)) this.splits.set(t, end);
      for (let p = t.nextSibling; p && p !== end; p = p.nextSibling) this.pieces.add(p);
    }
    return added;
  }

  /** Has mark.js wrap `ranges` in the text nodes `only` of `block` (the ranges' offsets counted from the first of them). */
  private markRanges(block: Element, ranges: readonly TermRange[], only: readonly Text[]): number {
    let added = 0;
    let previous: unknown;
    showingOnly(block.ownerDocument, only, () => new Mark(block as HTMLElement).markRanges(ranges as TermRange[], {
      element: 'mark',
      className: this.options.markClass ? `${MARK_CLASS} ${this.options.markClass}` : MARK_CLASS,
      exclude: [], // it is shown only text outside skipped elements (see showingOnly)
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
    return added;
  }

  /**
   * Cuts the text nodes longer than PIECE_CHARS that `ranges` lie in into pieces of about
   * that size, never inside a range (the node keeps the first piece; the others are ours).
   * Returns the block's text nodes, pieces included, with their offsets in its text.
   */
  private cutLongNodes(nodes: readonly { node: Text; start: number }[], ranges: readonly TermRange[]): { node: Text; start: number }[] {
    const out: { node: Text; start: number }[] = [];
    let r = 0;
    const from = ranges[0]!.start;
    const to = ranges[ranges.length - 1]!.start + ranges[ranges.length - 1]!.length;
    for (const { node, start } of nodes) {
      const data = node.data;
      if (data.length <= PIECE_CHARS || start >= to || start + data.length <= from) {
        out.push({ node, start });
        continue;
      }
      // Only between the first range and the last: other ranges of the block, still to be
      // wrapped, may lie outside them, and a cut must not fall inside one.
      const cuts: number[] = [];
      const add = (at: number) => {
        if (at > (cuts[cuts.length - 1] ?? 0) && at < data.length) cuts.push(at);
      };
      add(from - start);
      for (let at = Math.max(0, from - start) + PIECE_CHARS; at < to - start; at += PIECE_CHARS) {
        // Move past any range the cut would fall in (ranges are in order).
        while (r < ranges.length && ranges[r]!.start + ranges[r]!.length <= start + at) r++;
        if (r < ranges.length && ranges[r]!.start < start + at) at = ranges[r]!.start + ranges[r]!.length - start;
        add(at);
      }
      add(to - start);
      out.push({ node, start });
      if (!cuts.length) continue;
      const pieces = cuts.map((at, i) => ({ node: node.ownerDocument.createTextNode(data.slice(at, cuts[i + 1] ?? data.length)), start: start + at }));
      node.after(...pieces.map((p) => p.node));
      node.data = data.slice(0, cuts[0]);
      out.push(...pieces);
    }
    return out;
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
   * Forgets what we hold of a subtree the page removed: its split records, so the nodes can
   * be collected at once, and its mentions, which no longer count towards MAX_MENTIONS (a
   * feed that drops old items keeps mentioning the same terms). Walks at most `limit` nodes;
   * `prune` catches split records beyond.
   */
  forgetWithin(root: Node, limit = 2000): void {
    if (root.nodeType === Node.TEXT_NODE) return void this.splits.delete(root as Text);
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n: Node | null = root, i = 0; n && i < limit; n = walker.nextNode(), i++) {
      if (n.nodeType === Node.TEXT_NODE) this.splits.delete(n as Text);
      else this.uncount(n as Element);
    }
  }

  private uncount(block: Element): void {
    const counted = this.blockCounts.get(block);
    if (!counted) return;
    this.blockCounts.delete(block);
    this.countedChars -= counted.chars;
    for (const id of counted.ids) this.mentions.set(id, (this.mentions.get(id) ?? 0) - 1);
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
    this.mentions.clear();
    this.countedChars = 0;
    this.blockCounts = new WeakMap();
    this.tooCommon.clear();
  }
}
