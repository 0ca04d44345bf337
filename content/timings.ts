/**
 * Our timings (start, first task, first viewport, first settle, longest slice). Measured
 * with `performance.now()`; they go to the page's User Timing timeline, where `npm run
 * bench` and the tests read them, only when test hooks are on: otherwise any page's
 * PerformanceObserver would see us.
 */
export interface Timings {
  mark(name: string, startTime?: number): void;
  measure(name: string, start: number, duration?: number): void;
  has(name: string): boolean;
}

export function createTimings(publish: () => boolean): Timings {
  const seen = new Set<string>();
  const started = performance.now();
  let startPublished = false;
  const publishStart = () => {
    if (startPublished) return;
    startPublished = true;
    performance.mark('gut-glossary:start', { startTime: started });
  };
  return {
    mark(name, startTime) {
      seen.add(name);
      if (!publish()) return;
      publishStart();
      performance.mark(`gut-glossary:${name}`, startTime === undefined ? undefined : { startTime });
    },
    measure(name, start, duration) {
      seen.add(name);
      if (!publish()) return;
      publishStart();
      performance.measure(`gut-glossary:${name}`, duration === undefined ? { start } : { start, duration });
    },
    has: (name) => seen.has(name),
  };
}
