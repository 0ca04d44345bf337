/**
 * Typed senders, one per direction, each typed by the protocol: `request` asks the
 * background, `requestTab` asks one tab's content script, `broadcast` tells every tab.
 * A request that fails because the service worker was stopped or is starting is retried
 * once; none waits for ever.
 */
import { browser } from 'wxt/browser';
import type { MessageName, Params, Reply, Results, TabMessageName, TabParams, TabResults } from './protocol';

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

/** Asks the background; its answer, or an error that says why there is none. */
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

/**
 * Asks the content script of a tab's top frame. A tab without our script (a browser page,
 * a page loaded before the extension) is common, so no answer is null, not an error.
 */
export async function requestTab<N extends TabMessageName>(tabId: number, type: N, params: TabParams<N>): Promise<TabResults[N] | null> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type, params }, { frameId: 0 }).catch(() => undefined);
  return reply === undefined ? null : (reply as TabResults[N]);
}

/** Tells every frame of every open tab; tabs without our script are skipped. */
export async function broadcast<N extends TabMessageName>(type: N, params: TabParams<N>): Promise<void> {
  for (const tab of await browser.tabs.query({}))
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type, params }).catch(() => {});
}
