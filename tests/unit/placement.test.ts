import { expect, test } from 'vitest';
import { placeCard, termVisible } from '../../highlight/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 240 };

test('goes below the term when there is room', () => {
  const p = placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport);
  expect(p).toEqual({ left: 100, top: 126, side: 'below', maxHeight: 320 });
});

test('flips above the term near the bottom of the viewport', () => {
  const p = placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport);
  expect(p.side).toBe('above');
  expect(p.top).toBe(700 - 6 - 240);
});

test('stays inside the viewport at the right edge', () => {
  const p = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
  expect(p.left).toBe(1000 - 8 - 360);
});

test('at 200% zoom (half the CSS viewport) the card fits and scrolls inside', () => {
  const small = { width: 500, height: 400 };
  const p = placeCard({ left: 20, top: 180, width: 60, height: 20 }, { width: 360, height: 420 }, small);
  expect(p.left).toBeGreaterThanOrEqual(8);
  expect(p.left + 360).toBeLessThanOrEqual(500 - 8);
  expect(p.top).toBeGreaterThanOrEqual(8);
  expect(p.top + p.maxHeight).toBeLessThanOrEqual(400 - 8);
  expect(p.maxHeight).toBeLessThan(420);
});

test('a narrow viewport narrows the card instead of overflowing', () => {
  const p = placeCard({ left: 200, top: 100, width: 60, height: 20 }, card, { width: 300, height: 800 });
  expect(p.left).toBe(8);
});

test('a card never takes more than 40% of the viewport: a taller one is placed at that height and scrolls inside', () => {
  const p = placeCard({ left: 100, top: 100, width: 80, height: 20 }, { width: 360, height: 600 }, viewport);
  expect(p).toEqual({ left: 100, top: 126, side: 'below', maxHeight: 320 });
  // Near the bottom, the capped height fits above, so it goes there rather than squeezing below.
  const low = placeCard({ left: 100, top: 560, width: 80, height: 20 }, { width: 360, height: 600 }, viewport);
  expect(low).toEqual({ left: 100, top: 560 - 6 - 320, side: 'above', maxHeight: 320 });
});

test('a term is visible while any of it is inside the viewport and every box that clips it', () => {
  const term = { left: 100, top: 100, width: 80, height: 20 };
  expect(termVisible(term, [], viewport)).toBe(true);
  expect(termVisible({ ...term, top: -20 }, [], viewport)).toBe(false);
  expect(termVisible({ ...term, top: -19 }, [], viewport)).toBe(true);
  const box = { left: 0, top: 150, width: 500, height: 200 };
  expect(termVisible(term, [box], viewport)).toBe(false);
  expect(termVisible({ ...term, top: 340 }, [box], viewport)).toBe(true);
  expect(termVisible({ ...term, top: 350 }, [box], viewport)).toBe(false);
});
