/**
 * Runs queued work in slices that yield to the page, so no task we add blocks input for
 * long. Each slice stops after `budgetMs`; the next one starts after the browser has had
 * a chance to handle input and paint.
 */
export class SliceQueue<T> {
  private readonly queue: T[] = [];
  private readonly queued = new Set<T>();
  /** Lazy sources (a tree walk), pulled only when the queue is empty, so no walk is done in one go. */
  private readonly sources: Iterator<T>[] = [];
  private scheduled = false;
  private stopped = false;
  /** The longest slice so far: what our work costs the page's main thread at a time. */
  longestSliceMs = 0;

  constructor(
    private readonly work: (item: T) => void,
    private readonly afterSlice: () => void = () => {},
    private readonly budgetMs = 25,
  ) {}

  /** Items to do next, before anything still to come from the sources. */
  add(items: Iterable<T>): void {
    for (const item of items) {
      if (this.queued.has(item)) continue;
      this.queued.add(item);
      this.queue.push(item);
    }
    this.schedule();
  }

  /** Items from `source` are pulled one at a time, as slices have room for them. */
  feed(source: Iterator<T>): void {
    this.sources.push(source);
    this.schedule();
  }

  get pending(): number {
    return this.queue.length + this.sources.length;
  }

  private next(): T | undefined {
    const item = this.queue.shift();
    if (item !== undefined) {
      this.queued.delete(item);
      return item;
    }
    while (this.sources.length) {
      const r = this.sources[0]!.next();
      if (!r.done) return r.value;
      this.sources.shift();
    }
    return undefined;
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.queued.clear();
    this.sources.length = 0;
  }

  private schedule(): void {
    if (this.scheduled || this.stopped || !this.pending) return;
    this.scheduled = true;
    setTimeout(() => this.runSlice(), 0);
  }

  private runSlice(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const start = performance.now();
    const deadline = start + this.budgetMs;
    let now = start;
    let last = 0;
    do {
      const item = this.next();
      if (item === undefined) break;
      this.work(item);
      const after = performance.now();
      last = after - now;
      now = after;
      // Stop early when another item like the last one would overrun the budget.
    } while (now + last < deadline);
    this.longestSliceMs = Math.max(this.longestSliceMs, now - start);
    this.afterSlice();
    this.schedule();
  }
}
