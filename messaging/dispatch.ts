/**
 * One way in for every message, in both directions: the sender is checked, then the
 * message's size and shape against its protocol, then its handler runs, and nothing it
 * throws crosses the boundary. Refusals and failures are logged, so a misbehaving caller
 * can be found. Pure: no DOM, no `browser` (the caller passes its own extension id).
 */
import {
  CONTENT_SCRIPT_MESSAGES,
  backgroundMessages,
  parseWith,
  tabMessages,
  type BackgroundProtocol,
  type MessageName,
  type MessageOf,
  type NameOf,
  type ParamsOf,
  type Protocol,
  type Reply,
  type ResultOf,
  type TabProtocol,
} from './protocol';

/** Who sent a message: only our own extension's pages and content scripts are answered. */
export interface SenderInfo {
  id?: string;
  /** The sending page's address: an extension page's starts with the extension's origin, a content script's is the web page's. */
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A handler for every message of protocol `P`, typed by its declaration. */
export type Handlers<P extends Protocol> = {
  [N in NameOf<P>]: (params: ParamsOf<P, N>, sender: SenderInfo) => ResultOf<P, N> | Promise<ResultOf<P, N>>;
};

export type Outcome<T> = { ok: true; result: T } | { ok: false; error: string };

/**
 * The door's checks, run at once (so a listener can decline a message without holding
 * the channel open): the sender, then the message against the protocol. `label` names the
 * direction in the log ("message", "tab message").
 */
export function admit<P extends Protocol>(
  protocol: P,
  raw: unknown,
  sender: SenderInfo,
  ownId: string,
  label: string,
): { ok: true; message: MessageOf<P> } | { ok: false; error: string } {
  if (sender.id !== ownId) {
    console.warn(`[Gut Glossary] rejected ${label} from an unknown sender`);
    return { ok: false, error: `${label} from an unknown sender` };
  }
  const parsed = parseWith(protocol, raw);
  if (!parsed.ok) console.warn(`[Gut Glossary] rejected ${label}:`, parsed.error);
  return parsed;
}

/** Runs the handler of an admitted message; a handler that throws becomes an error outcome. */
export async function answer<P extends Protocol>(
  handlers: Handlers<P>,
  message: MessageOf<P>,
  sender: SenderInfo,
): Promise<Outcome<ResultOf<P, NameOf<P>>>> {
  const { type, params } = message;
  try {
    const handler = handlers[type] as (p: unknown, s: SenderInfo) => unknown;
    return { ok: true, result: (await handler(params, sender)) as ResultOf<P, NameOf<P>> };
  } catch (err) {
    console.error('[Gut Glossary] handler failed:', type, err);
    return { ok: false, error: `${type} failed` };
  }
}

/**
 * The background's listener: answers every message with an outcome, never a thrown error.
 * Given the extension's own origin, a sender from anywhere else (a content script) is
 * answered only the messages a page needs (`CONTENT_SCRIPT_MESSAGES`).
 */
export async function handleMessage(
  handlers: Handlers<BackgroundProtocol>,
  raw: unknown,
  sender: SenderInfo,
  ownId: string,
  ownOrigin?: string,
): Promise<Reply<MessageName>> {
  const admitted = admit(backgroundMessages, raw, sender, ownId, 'message');
  if (!admitted.ok) return admitted;
  const fromContentScript = ownOrigin !== undefined && !(sender.url ?? '').startsWith(ownOrigin);
  if (fromContentScript && !CONTENT_SCRIPT_MESSAGES.has(admitted.message.type)) {
    console.warn(`[Gut Glossary] refused ${admitted.message.type} from a content script`);
    return { ok: false, error: `${admitted.message.type} is not answered to content scripts` };
  }
  return answer(handlers, admitted.message, sender);
}

/**
 * A tab's listener. Refused messages are declined at once (undefined: the channel is not
 * held open); admitted ones are answered with the bare result, or with nothing when the
 * handler failed (the sender then sees no answer, as from a tab without our script).
 */
export function handleTabMessage(
  handlers: Handlers<TabProtocol>,
  raw: unknown,
  sender: SenderInfo,
  ownId: string,
): Promise<unknown> | undefined {
  const admitted = admit(tabMessages, raw, sender, ownId, 'tab message');
  if (!admitted.ok) return undefined;
  return answer(handlers, admitted.message, sender).then((outcome) => (outcome.ok ? outcome.result : undefined));
}
