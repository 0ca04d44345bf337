/**
 * Highlights a whole document and keeps it highlighted: the visible part first, the rest
 * in slices that yield to the page, then only what changes. Our own DOM changes never
 * reach our observer, a page that fights our marks makes us back off, and a page text
 * node rewritten by its framework is repaired so the page shows exactly what it wrote.
 */
import type { Matcher } from '../glossary/matcher';
import { isBlock, isExcluded, nearestBlock } from './dom-rules';
import { Highlighter, MARK_CLASS, MARK_SELECTOR } from './highlighter';
import { SliceQueue } from './scheduler';

export interface PageHighlighterOptions {
  firstMentionOnly: boolean;
  /** An open shadow root was found (to style marks inside it). */
  onShadowRoot?: (root: ShadowRoot) => void;
  onMark?: (mark: HTMLElement) => void;
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

  constructor(
    private readonly doc: Document,
    matcher: Matcher,
    private readonly options: PageHighlighterOptions,
  ) {
    this.highlighter = new Highlighter(matcher, options);
    this.queue = new SliceQueue<Element>(
      (block) => this.mutate(() => this.highlightBlock(block)),
      () => this.settled(),
    );
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.onMutations(records));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const body = this.doc.body ?? this.doc.documentElement;
    const done = new WeakSet<Element>();
    this.watch(this.doc, body);
    if (!this.options.firstMentionOnly) {
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
          done.add(block);
          this.highlightBlock(block);
        }
      });
    }
    // The rest, skipping what the visible pass already did.
    const all = Highlighter.blocksIn(body, undefined, (root) => this.watchShadowRoot(root));
    this.queue.feed(
      (function* () {
        for (const block of all) if (!done.has(block)) yield block;
      })(),
    );
  }

  /** Removes every highlight and stops watching. */
  stop(): void {
    this.running = false;
    this.queue.stop();
    clearTimeout(this.changedTimer);
    this.changed.clear();
    this.observer.disconnect();
    this.highlighter.removeAll();
    // Marks whose split record is gone (content the page took out and put back later):
    // unwrapped in place, so their text stays and no mark of ours is left behind.
    for (const root of this.roots) for (const m of root.querySelectorAll(MARK_SELECTOR)) m.replaceWith(...m.childNodes);
  }

  /** The longest slice of background work so far, in ms. */
  get longestSliceMs(): number {
    return this.queue.longestSliceMs;
  }

  /** How many times each entry is mentioned (fragments of one split match count once). */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.marks()) {
      const id = m.getAttribute('data-term-id')!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
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
        if (m.localName === 'mark' && m.hasAttribute('data-term-id') && !m.hasAttribute('data-gg-continued')) out.push(m);
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
    this.queue.feed(Highlighter.blocksIn(root, undefined, (r) => this.watchShadowRoot(r)));
  }

  private highlightBlock(block: Element): void {
    if (!block.isConnected || isExcluded(block)) return;
    this.highlighter.highlightBlock(block);
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

  private onMutations(records: MutationRecord[]): void {
    if (!this.running) return;
    const blocks = new Set<Element>();
    /** Text the page changed or added: highlight its block again once it is quiet. */
    const addBlockOf = (node: Node) => {
      const block = nearestBlock(node);
      if (block && (this.repairs.get(block) ?? 0) <= MAX_REPAIRS_PER_BLOCK) blocks.add(block);
    };
    /** The page undid our work in the block holding `node`: count it against the block. */
    const undone = (node: Node) => {
      const block = node instanceof Element && isBlock(node) ? node : nearestBlock(node);
      if (block) this.repairs.set(block, (this.repairs.get(block) ?? 0) + 1);
    };
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
        // An added subtree is walked lazily; its blocks are new, so they are not repairs.
        else if (added.nodeType === Node.ELEMENT_NODE)
          this.queue.feed(Highlighter.blocksIn(added, undefined, (root) => this.watchShadowRoot(root)));
      }
    }
    if (this.highlighter.splitCount > 5000) this.highlighter.prune();
    if (blocks.size) this.whenQuiet(blocks);
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
    if (quiet.length) this.queue.add(quiet);
  }

  private settled(): void {
    if (this.queue.pending === 0) this.options.onSettled?.();
  }
}
