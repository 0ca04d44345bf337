/**
 * Highlights a whole document and keeps it highlighted: the visible part first, the rest
 * in slices that yield to the page, then only what changes. The whole page is scanned
 * (counts, the badge and "first mention only" are exact), but text is wrapped only when
 * it comes near the viewport, or when the reader asks for a term that is not wrapped yet:
 * most of a long page is never read, and wrapping is most of the cost. Our own DOM
 * changes never reach our observer, a page that fights our marks makes us back off, and a
 * page text node rewritten by its framework is repaired so the page shows exactly what it
 * wrote.
 */
import type { Matcher } from '../glossary/matcher';
import { isBlock, isExcluded, nearestBlock } from './dom-rules';
import { Highlighter, MARK_CLASS, MARK_SELECTOR, type ScanJob, type TermRange } from './highlighter';
import { SliceQueue } from './scheduler';

export interface PageHighlighterOptions {
  /** As the Highlighter's: all entries, none, or those the function names. */
  firstMentionOnly: boolean | ((id: string) => boolean);
  /** An open shadow root was found (to style marks inside it). */
  onShadowRoot?: (root: ShadowRoot) => void;
  onMark?: (mark: HTMLElement) => void;
  /** Whether a mark is one we made: the page's own look-alikes are never counted, listed or stepped to. */
  isOurs?: (mark: HTMLElement) => boolean;
  /** Work finished for now (counts may have changed). */
  onSettled?: () => void;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Times the page may undo our work in one block (remove a mark, rewrite a split node) before we leave it alone. */
const MAX_REPAIRS_PER_BLOCK = 20;
/**
 * A block the page changed is highlighted again once it has been quiet this long: text that
 * streams in token by token is done once, not once per token, and a page that undoes our
 * marks at once meets us at most a few times a second.
 */
const QUIET_MS = 150;
/** Our marks removed by the page before we stop watching it altogether. */
const MAX_FIGHTS = 200;
/**
 * Scanned blocks are grouped in document order, and one element per group (its first
 * block) is watched for coming near the viewport: one IntersectionObserver target per
 * block costs ~10 ms on every scroll frame of a long page, one per group a fraction.
 * A group ends after this many blocks holding terms, or this much text, so that it is
 * never much taller than the margin around the viewport (see NEAR_VIEWPORT).
 */
const GROUP_BLOCKS = 50;
const GROUP_CHARS = 6000;
/** How near the viewport a group's first block must come for the group (and the one before it) to be wrapped. */
const NEAR_VIEWPORT = '150% 0px';
/**
 * Groups after it wrapped in the same batch: on a long page every batch of changes costs
 * the page a layout of the whole document, so fewer, larger batches while reading through.
 */
const GROUPS_AHEAD = 3;
/**
 * Characters matched in one go at most: a block with more text (one 2 MB text node) is
 * scanned over several slices. Its writes are not spread out: every write to a paragraph
 * makes the browser lay all of it out again (hundreds of ms for 2 MB), so they are made
 * at once, and the page pays that once.
 */
const SCAN_BATCH = 100_000;
/**
 * Mentions in one block wrapped when it comes near the viewport, at most: the rest of a
 * block that holds more (a 2 MB paragraph) are counted, and wrapped when the reader asks
 * for them (a jump from the popup, the next-term keys, printing).
 */
const BLOCK_WRAP_LIMIT = 1000;

/** Blocks scanned one after another in document order; `blocks` are those holding terms. */
interface Group {
  sentinel: Element;
  blocks: Element[];
  previous: Group | null;
  next: Group | null;
  chars: number;
}

export class PageHighlighter {
  private readonly highlighter: Highlighter;
  private readonly queue: SliceQueue<Element>;
  private readonly observer: MutationObserver;
  private readonly roots: (Document | ShadowRoot)[] = [];
  private readonly repairs = new WeakMap<Element, number>();
  private fights = 0;
  private running = false;
  /** Inside `mutate`: our own writes are under way and the observer is disconnected. */
  private writing = false;
  private readonly targets: Node[] = [];
  /** Blocks the page changed → when it last changed them, oldest first. */
  private readonly changed = new Map<Element, number>();
  private changedTimer: ReturnType<typeof setTimeout> | undefined;
  /** Blocks scanned and counted but not wrapped yet → their matches. */
  private readonly pending = new Map<Element, TermRange[]>();
  /** Blocks to scan and wrap at once (text the page changed), not to leave for later. */
  private readonly wrapNow = new Set<Element>();
  /** Blocks whose scan is under way (too much text for one slice). */
  private readonly scans = new Map<Element, ScanJob>();
  /** Watches one block per group; without IntersectionObserver every block is wrapped. */
  private readonly near: IntersectionObserver | null;
  private readonly groups = new Map<Element, Group>();
  private group: Group | null = null;
  private lastGroup: Group | null = null;
  private readonly onPrint = () => this.revealAll();
  private forgotAt = 0;
  /** What `isExcluded` answered in the current task. */
  private exclusions: Map<Element, boolean> | null = null;

  constructor(
    private readonly doc: Document,
    matcher: Matcher,
    private readonly options: PageHighlighterOptions,
  ) {
    this.highlighter = new Highlighter(matcher, options);
    this.queue = new SliceQueue<Element>(
      (block) => this.process(block),
      () => {
        this.endWrites();
        this.settled();
      },
    );
    const view = doc.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
    // Only the top document is wrapped lazily: a frame out of view is not rendered (nor are
    // its observers run) until the reader scrolls inside it, and frames are mostly small.
    const Near = view && view === view.top ? view.IntersectionObserver : undefined;
    this.near = Near ? new Near((entries) => this.onNear(entries), { root: doc, rootMargin: NEAR_VIEWPORT }) : null;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const body = this.doc.body ?? this.doc.documentElement;
    const done = new WeakSet<Element>();
    this.watch(this.doc, body);
    // Which mention comes first is known only in document order: when every entry shows its
    // first mention only, the page is done in order, without the visible pass. When some do
    // (terms the reader knows), the visible pass leaves them out, and the full pass reads
    // the visible blocks again for them (text already wrapped is not read twice).
    const firstOnly = this.options.firstMentionOnly;
    if (firstOnly !== true) {
      // The visible part first, synchronously, so the reader sees highlights at once.
      const view = this.doc.defaultView;
      const height = view?.innerHeight ?? 0;
      // Document order runs top to bottom: the walk stops at the first element that starts
      // below the viewport (the full pass later covers any exception).
      const inView = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.top > height ? 'stop' : r.bottom >= 0;
      };
      // Find them all before changing any: measuring after a change would force the page
      // to lay out again for every block (on a huge page, tens of ms each time).
      const visible = [...Highlighter.blocksIn(body, inView)];
      this.mutate(() => {
        for (const block of visible) {
          if (firstOnly === false) done.add(block);
          if (!this.excluded(block)) this.highlightNow(block, this.highlighter.startScan(block, firstOnly !== false));
        }
      });
    }
    // The rest, skipping what the visible pass already did.
    const all = Highlighter.blocksIn(body, undefined, (root) => this.watchShadowRoot(root));
    this.queue.feed(
      this.grouped(
        (function* () {
          for (const block of all) if (!done.has(block)) yield block;
        })(),
      ),
    );
    this.doc.defaultView?.addEventListener('beforeprint', this.onPrint);
  }

  /** Removes every highlight and stops watching. */
  stop(): void {
    this.running = false;
    this.queue.stop();
    clearTimeout(this.changedTimer);
    this.changed.clear();
    this.observer.disconnect();
    this.near?.disconnect();
    this.doc.defaultView?.removeEventListener('beforeprint', this.onPrint);
    this.pending.clear();
    this.wrapNow.clear();
    this.scans.clear();
    this.groups.clear();
    this.group = this.lastGroup = null;
    this.highlighter.removeAll();
    // Marks whose split record is gone (content the page took out and put back later):
    // unwrapped in place, so their text stays and no mark of ours is left behind.
    for (const root of this.roots) for (const m of root.querySelectorAll(MARK_SELECTOR)) m.replaceWith(...m.childNodes);
  }

  /** Entries (as the matcher names them) mentioned so often that the rest of their mentions are left alone. */
  get tooCommon(): ReadonlySet<string> {
    return this.highlighter.tooCommon;
  }

  /** The longest slice of background work so far, in ms. */
  get longestSliceMs(): number {
    return this.queue.longestSliceMs;
  }

  /**
   * How many times each entry is mentioned on the whole page, wrapped or not yet
   * (fragments of one split match count once).
   */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const m of this.marks()) add(m.getAttribute('data-term-id')!);
    for (const [block, ranges] of this.pending) {
      if (!block.isConnected) this.pending.delete(block); // the page took it out
      else for (const r of ranges) add(r.id);
    }
    return counts;
  }

  /**
   * The highlights, once the terms nearest to `current` on either side (and the first and
   * last of the page, where stepping wraps around) are wrapped: what the next / previous
   * term keys step through.
   */
  marksAround(current: Element | null): HTMLElement[] {
    const from = current?.isConnected ? current : null;
    let before: Element | null = null;
    let after: Element | null = null;
    let first: Element | null = null;
    let last: Element | null = null;
    const precedes = (a: Element, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    for (const block of this.pending.keys()) {
      if (!block.isConnected) continue;
      if (!first || precedes(block, first)) first = block;
      if (!last || precedes(last, block)) last = block;
      if (!from) continue;
      // A block holding `from` counts on both sides: its terms may lie either way.
      if (precedes(block, from) && !block.contains(from)) {
        if (!before || precedes(before, block)) before = block;
      } else if (!after || precedes(block, after)) after = block;
    }
    this.reveal([first, last, before, after]);
    return this.marks();
  }

  /** The highlights of one entry, once every mention of it on the page is wrapped. */
  marksOf(id: string): HTMLElement[] {
    const blocks: Element[] = [];
    for (const [block, ranges] of this.pending) if (ranges.some((r) => r.id === id)) blocks.push(block);
    this.reveal(blocks);
    return this.marks().filter((m) => m.getAttribute('data-term-id') === id);
  }

  /** Wraps every mention on the page now (before printing, so the printout shows them all). */
  revealAll(): void {
    this.reveal([...this.pending.keys()]);
  }

  /** Every highlight in document order, shadow roots after the document. */
  marks(): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const root of this.roots) {
      // A document's class index is about five times faster than a selector with
      // attribute tests and :not() (tens of ms on a page with 70,000 highlights).
      const all = 'getElementsByClassName' in root ? root.getElementsByClassName(MARK_CLASS) : root.querySelectorAll(`.${MARK_CLASS}`);
      for (let i = 0; i < all.length; i++) {
        const m = all[i] as HTMLElement;
        if (m.localName === 'mark' && m.hasAttribute('data-term-id') && !m.hasAttribute('data-gg-continued') && (this.options.isOurs?.(m) ?? true)) out.push(m);
      }
    }
    return out;
  }

  private watch(root: Document | ShadowRoot, target: Node): void {
    this.roots.push(root);
    this.targets.push(target);
    if (!this.writing) this.observer.observe(target, OBSERVED);
  }

  private watchShadowRoot(root: ShadowRoot): void {
    if (this.roots.includes(root)) return;
    this.watch(root, root);
    this.options.onShadowRoot?.(root);
    this.queue.feed(this.grouped(Highlighter.blocksIn(root, undefined, (r) => this.watchShadowRoot(r))));
  }

  /** Wraps pending blocks now, in one batch of writes. */
  private reveal(blocks: Iterable<Element | null>): void {
    this.mutate(() => {
      for (const block of blocks) if (block) this.wrapPending(block, true);
    });
  }

  private wrapPending(block: Element, all = false): void {
    const ranges = this.pending.get(block);
    if (!ranges) return;
    this.pending.delete(block);
    if (block.isConnected && !this.excluded(block)) this.wrapRanges(block, ranges, all);
  }

  /** Wraps a block's ranges, or only its first BLOCK_WRAP_LIMIT (unless `all`), the rest left pending. */
  private wrapRanges(block: Element, ranges: TermRange[], all = false): void {
    if (all || ranges.length <= BLOCK_WRAP_LIMIT) return void this.highlighter.wrap(block, ranges);
    const now = ranges.slice(0, BLOCK_WRAP_LIMIT);
    this.highlighter.wrap(block, now);
    // Text inside our marks is not walked, so the offsets of the rest move back by it.
    const wrapped = now.reduce((sum, r) => sum + r.length, 0);
    this.pending.set(block, ranges.slice(BLOCK_WRAP_LIMIT).map((r) => ({ ...r, start: r.start - wrapped })));
  }

  /** Highlights a block as soon as its scan is done: now if it is short, else in slices. */
  private highlightNow(block: Element, job: ScanJob): void {
    if (!this.highlighter.continueScan(job, SCAN_BATCH)) {
      this.scans.set(block, job);
      this.wrapNow.add(block);
      this.queue.add([block]);
      return;
    }
    this.wrapRanges(block, job.ranges);
  }

  /** One block of queued work: wrap what is pending, wrap what the page changed, or scan and count. */
  private process(block: Element): void {
    if (this.pending.has(block)) {
      this.beginWrites();
      return this.wrapPending(block);
    }
    if (!block.isConnected || this.excluded(block)) return void this.scans.delete(block);
    const job = this.scans.get(block) ?? this.highlighter.startScan(block);
    this.scans.delete(block);
    if (this.wrapNow.delete(block) || !this.near) {
      this.beginWrites();
      return this.highlightNow(block, job);
    }
    if (!this.highlighter.continueScan(job, SCAN_BATCH)) {
      this.scans.set(block, job);
      this.queue.add([block]); // next, before anything still to scan: groups stay in document order
      return;
    }
    const { ranges, textLength } = job;
    if (!this.group) {
      this.group = { sentinel: block, blocks: [], previous: this.lastGroup, next: null, chars: 0 };
      if (this.lastGroup) this.lastGroup.next = this.group;
    }
    const group = this.group;
    group.chars += textLength;
    if (ranges.length) {
      this.pending.set(block, ranges);
      group.blocks.push(block);
    }
    if (group.blocks.length >= GROUP_BLOCKS || group.chars >= GROUP_CHARS) this.closeGroup();
  }

  /** Blocks from `source` are scanned into groups of their own (a group is one stretch of the document). */
  private *grouped(source: Iterator<Element>): Generator<Element> {
    this.closeGroup();
    this.lastGroup = null;
    for (let r = source.next(); !r.done; r = source.next()) yield r.value;
    this.closeGroup();
  }

  /**
   * Starts watching the group just scanned. Its first block coming near the viewport wraps
   * it and the group before it (whose end lies just above that block); a group holding no
   * terms is still watched when the one before it has some.
   */
  private closeGroup(): void {
    const group = this.group;
    if (!group) return;
    this.group = null;
    this.lastGroup = group;
    if (!group.blocks.length && !group.previous?.blocks.length) return;
    this.groups.set(group.sentinel, group);
    this.near?.observe(group.sentinel);
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    if (!this.running) return;
    const blocks: Element[] = [];
    const taken: Group[] = [];
    const take = (group: Group | null) => {
      if (!group) return;
      for (const b of group.blocks) if (this.pending.has(b)) blocks.push(b);
      group.blocks.length = 0;
      taken.push(group);
    };
    for (const e of entries) {
      const group = this.groups.get(e.target);
      if (!e.isIntersecting || !group) continue;
      take(group.previous);
      take(group);
      for (let g = group.next, k = 0; g && k < GROUPS_AHEAD; g = g.next, k++) take(g);
    }
    // A sentinel is needed while its group or the one before it has something to wrap.
    for (const g of taken)
      if (!g.previous?.blocks.length && this.groups.delete(g.sentinel)) this.near?.unobserve(g.sentinel);
    // Wrapped in slices like any other work (before anything still to scan).
    if (blocks.length) this.queue.add(blocks);
  }

  /**
   * Runs our DOM changes so that our observer never sees them: pending page records are
   * handled first, then the observer is disconnected while we write (recording every
   * split and insertion costs more than the writes themselves) and reconnected after.
   */
  private mutate(fn: () => void): void {
    if (this.writing) return fn();
    const pending = this.observer.takeRecords();
    if (pending.length) this.onMutations(pending);
    this.writing = true;
    this.observer.disconnect();
    try {
      fn();
    } finally {
      this.writing = false;
      if (this.running) for (const target of this.targets) this.observer.observe(target, OBSERVED);
    }
  }

  /**
   * Inside a slice of queued work, writes share one disconnection of our observer, taken
   * at the first write and ended after the slice (no page code runs in between).
   */
  private beginWrites(): void {
    if (this.writing) return;
    const pending = this.observer.takeRecords();
    if (pending.length) this.onMutations(pending);
    this.writing = true;
    this.observer.disconnect();
  }

  private endWrites(): void {
    if (!this.writing) return;
    this.writing = false;
    if (this.running) for (const target of this.targets) this.observer.observe(target, OBSERVED);
  }

  /**
   * `isExcluded`, with the answers of the current task kept for the next blocks (a task of
   * ours runs with the page still: it cannot make an element editable meanwhile).
   */
  private excluded(el: Element): boolean {
    if (!this.exclusions) {
      this.exclusions = new Map();
      queueMicrotask(() => (this.exclusions = null)); // forgotten when the task ends
    }
    return isExcluded(el, this.exclusions);
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.running) return;
    const blocks = new Set<Element>();
    /** Text the page changed or added: highlight its block again once it is quiet. */
    const changedBlock = (block: Element) => {
      // Its matches are stale: it is scanned again.
      this.pending.delete(block);
      this.scans.delete(block);
      if ((this.repairs.get(block) ?? 0) <= MAX_REPAIRS_PER_BLOCK) blocks.add(block);
    };
    const addBlockOf = (node: Node) => {
      const block = nearestBlock(node);
      if (block) changedBlock(block);
    };
    /** The page undid our work in the block holding `node`: count it against the block. */
    const undone = (node: Node) => {
      const block = node instanceof Element && isBlock(node) ? node : nearestBlock(node);
      if (block) this.repairs.set(block, (this.repairs.get(block) ?? 0) + 1);
    };
    let removedAny = false;
    /** Added elements, in runs of siblings. */
    const runs: Element[][] = [];
    const run: Element[] = [];
    for (const r of records) {
      if (r.type === 'characterData') {
        const node = r.target;
        if (this.highlighter.isOurs(node) || this.highlighter.isOurs(node.parentNode ?? node)) continue;
        // The page rewrote a node we split: its new text stands alone, our pieces go.
        if (this.highlighter.isSplit(node)) {
          undone(node);
          this.mutate(() => this.highlighter.restore(node, true));
        }
        addBlockOf(node);
        continue;
      }
      // Nodes added to or taken out of a block not wrapped yet: its matches are stale.
      const target = r.target instanceof Element && isBlock(r.target) ? r.target : nearestBlock(r.target);
      if (target && this.pending.has(target)) changedBlock(target);
      if (r.removedNodes.length) removedAny = true;
      for (const removed of r.removedNodes) {
        if (this.highlighter.isSplit(removed)) {
          undone(r.target);
          this.mutate(() => this.highlighter.dropPiecesAfter(removed, r.target, r.nextSibling));
        } else if (this.highlighter.isOurs(removed)) {
          undone(r.target);
          if (++this.fights > MAX_FIGHTS) {
            // The page keeps removing our marks everywhere: stop fighting it.
            this.observer.disconnect();
            this.queue.stop();
            return;
          }
        } else if (removed.nodeType === Node.ELEMENT_NODE && !removed.isConnected) {
          // Content gone for good (a feed dropping old items): let it be collected now.
          this.highlighter.forgetWithin(removed);
        }
      }
      for (const added of r.addedNodes) {
        if (this.highlighter.isOurs(added)) continue;
        if (added.nodeType === Node.TEXT_NODE) addBlockOf(added);
        else if (added.nodeType === Node.ELEMENT_NODE) {
          // Elements added one after another (a feed's items) are one stretch of the page.
          if (run.length && run[run.length - 1]!.nextElementSibling !== added) runs.push(run.splice(0));
          run.push(added as Element);
        }
      }
    }
    if (run.length) runs.push(run);
    // Only what was added is scanned (lazily; its blocks are new, so they are not repairs),
    // and it is wrapped when it comes near the viewport.
    const watchShadowRoot = (root: ShadowRoot) => this.watchShadowRoot(root);
    for (const added of runs)
      this.queue.feed(
        this.grouped(
          (function* () {
            for (const el of added) if (el.isConnected) yield* Highlighter.blocksIn(el, undefined, watchShadowRoot);
          })(),
        ),
      );
    if (this.highlighter.splitCount > 5000) this.highlighter.prune();
    if (removedAny) this.forgetRemoved();
    if (blocks.size) this.whenQuiet(blocks);
  }

  /**
   * Drops what we hold for blocks the page removed before they were wrapped (a feed that
   * drops its oldest items), at most once a second: a walk over what is pending.
   */
  private forgetRemoved(): void {
    const now = performance.now();
    if (now - this.forgotAt < 1000) return;
    this.forgotAt = now;
    for (const block of this.pending.keys()) if (!block.isConnected) this.pending.delete(block);
    for (const sentinel of this.groups.keys())
      if (!sentinel.isConnected) {
        this.groups.delete(sentinel);
        this.near?.unobserve(sentinel);
      }
  }

  private whenQuiet(blocks: Iterable<Element>): void {
    const now = performance.now();
    for (const block of blocks) {
      this.changed.delete(block); // re-inserted last: the map stays in order of last change
      this.changed.set(block, now);
    }
    this.changedTimer ??= setTimeout(() => this.takeQuietBlocks(), QUIET_MS);
  }

  private takeQuietBlocks(): void {
    this.changedTimer = undefined;
    const now = performance.now();
    const quiet: Element[] = [];
    for (const [block, at] of this.changed) {
      if (now - at < QUIET_MS) {
        this.changedTimer = setTimeout(() => this.takeQuietBlocks(), QUIET_MS - (now - at));
        break;
      }
      quiet.push(block);
      this.changed.delete(block);
    }
    for (const block of quiet) this.wrapNow.add(block);
    if (quiet.length) this.queue.add(quiet);
  }

  private settled(): void {
    if (this.queue.pending === 0) this.options.onSettled?.();
  }
}
