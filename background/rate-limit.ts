/**
 * At most `max` actions in any `windowMs`: what keeps a flood of requests (a page that got
 * hold of a card's button, a runaway caller) from opening tab after tab. Pure.
 */
export function rateLimit(max: number, windowMs: number, now: () => number = Date.now): () => boolean {
  const recent: number[] = [];
  return () => {
    const t = now();
    while (recent.length && t - recent[0]! >= windowMs) recent.shift();
    if (recent.length >= max) return false;
    recent.push(t);
    return true;
  };
}
