/**
 * Where the term card goes: below the term, flipped above when there is no room below,
 * always inside the viewport and never taller than `maxShare` of it (a preview must not
 * cover the page: what does not fit scrolls inside the card). A pure function of
 * rectangles, so it is unit-tested.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the card may use: the room on its side, at most `maxShare` of the viewport. */
  maxHeight: number;
}

export function placeCard(term: Rect, natural: Size, viewport: Size, gap = 6, margin = 8, maxShare = 0.4): Placement {
  const cap = Math.floor(viewport.height * maxShare);
  const card = { width: natural.width, height: Math.min(natural.height, cap) };
  const width = Math.min(card.width, viewport.width - 2 * margin);
  const left = Math.max(margin, Math.min(term.left, viewport.width - margin - width));
  const below = viewport.height - margin - (term.top + term.height + gap);
  const above = term.top - gap - margin;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.min(cap, Math.max(0, side === 'below' ? below : above));
  const height = Math.min(card.height, room);
  const top =
    side === 'below'
      ? Math.min(term.top + term.height + gap, viewport.height - margin - height)
      : Math.max(margin, term.top - gap - height);
  return { left, top: Math.max(margin, top), side, maxHeight: room };
}

/**
 * Whether any of the term shows: inside the viewport and inside every box that clips it
 * (a scrolled container hides a term at its edge before the viewport does).
 */
export function termVisible(term: Rect, clips: readonly Rect[], viewport: Size): boolean {
  const all = [{ left: 0, top: 0, width: viewport.width, height: viewport.height }, ...clips];
  return all.every((c) => term.top + term.height > c.top && term.top < c.top + c.height && term.left + term.width > c.left && term.left < c.left + c.width);
}
