/** The request client: one retry when the worker goes away, and never a wait without end. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));
const { request } = await import('../../messaging/client');

beforeEach(() => {
  sendMessage.mockReset();
});
afterEach(() => vi.useRealTimers());

test('a request that fails with the worker is sent once more and answered', async () => {
  sendMessage
    .mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))
    .mockResolvedValueOnce({ ok: true, result: [{ id: 'tregs' }] });
  await expect(request('listEntries', {})).resolves.toEqual([{ id: 'tregs' }]);
  expect(sendMessage).toHaveBeenCalledTimes(2);
  expect(sendMessage).toHaveBeenLastCalledWith({ type: 'listEntries', params: {} });
});

test('a worker that never answers makes the request fail after two attempts, not hang', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  sendMessage.mockImplementation(() => new Promise(() => {}));
  const result = request('listSections', {}).then(
    () => 'answered',
    (e: Error) => e.message,
  );
  await vi.advanceTimersByTimeAsync(10_001);
  await expect(result).resolves.toBe('listSections: no answer within 5000 ms');
  expect(sendMessage).toHaveBeenCalledTimes(2);
});

test('an error reply is raised as an error; it is not sent again', async () => {
  sendMessage.mockResolvedValue({ ok: false, error: 'getEntry: id: Invalid format' });
  await expect(request('getEntry', { id: 'x' })).rejects.toThrow('getEntry: id: Invalid format');
  expect(sendMessage).toHaveBeenCalledTimes(1);
});

test('no reply at all (no listener) counts as a failure and is retried once', async () => {
  sendMessage.mockResolvedValue(undefined);
  await expect(request('listEntries', {})).rejects.toThrow('listEntries: no answer');
  expect(sendMessage).toHaveBeenCalledTimes(2);
});
