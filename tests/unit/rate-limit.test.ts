import { expect, test } from 'vitest';
import { rateLimit } from '../../background/rate-limit';

test('allows max actions in a window, then again once the window has passed', () => {
  let t = 0;
  const allow = rateLimit(3, 10_000, () => t);
  expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
  t = 9_999;
  expect(allow()).toBe(false);
  t = 10_000;
  expect([allow(), allow(), allow(), allow()]).toEqual([true, true, true, false]);
});
