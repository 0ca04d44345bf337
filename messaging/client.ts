/**
 * Typed requests to the background. A request that fails because the service worker was
 * stopped or is starting is retried once; none waits for ever.
 */
import { browser } from 'wxt/browser';
import type { MessageName, Params, Reply, Results } from './protocol';

const TIMEOUT_MS = 5000;

function once<N extends MessageName>(type: N, params: Params<N>): Promise<Reply<N>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${type}: no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    browser.runtime.sendMessage({ type, params }).then(
      (reply: unknown) => {
        clearTimeout(timer);
        if (reply && typeof reply === 'object' && 'ok' in reply) resolve(reply as Reply<N>);
        else reject(new Error(`${type}: no answer`));
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

export async function request<N extends MessageName>(type: N, params: Params<N>): Promise<Results[N]> {
  let reply: Reply<N>;
  try {
    reply = await once(type, params);
  } catch {
    reply = await once(type, params);
  }
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}
