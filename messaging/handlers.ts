/**
 * The background's name → handler table. `handleMessage` validates every incoming message
 * against the protocol, checks the sender, and never throws across the boundary.
 */
import { entryView, sectionView, type Glossary } from '../glossary/glossary';
import { compileForms, type CompiledForms } from '../glossary/matcher';
import type { Search } from '../glossary/search';
import type { Entry } from '../glossary/schema';
import type { Settings } from '../settings/defaults';
import { isSiteEnabled } from '../settings/sites';
import { parseMessage, type MessageName, type Params, type Reply, type Results } from './protocol';

export interface HandlerContext {
  glossary: () => Glossary | Promise<Glossary>;
  search: () => Search | Promise<Search>;
  suggest: () => ((query: string) => Entry[]) | Promise<(query: string) => Entry[]>;
  settings: () => Promise<Settings>;
  /** Opens the FAQ page in a new tab; `hash` names a question or an entry. */
  openFaqPage: (hash: string) => Promise<void>;
  /** Shows a count on the toolbar button for one tab ('' clears it). */
  setBadge: (tabId: number, text: string) => Promise<void>;
}

type Handlers = { [N in MessageName]: (params: Params<N>, sender: SenderInfo) => Results[N] | Promise<Results[N]> };

export function createHandlers(ctx: HandlerContext): Handlers {
  /** Each glossary's forms compiled once, not once per page (10,000 own terms take ~100 ms). */
  const compiled = new WeakMap<Glossary, CompiledForms>();
  const compiledFor = (g: Glossary) => {
    let c = compiled.get(g);
    if (!c) compiled.set(g, (c = compileForms(g.matchEntries)));
    return c;
  };
  return {
    async getPageConfig({ host }) {
      const s = await ctx.settings();
      const enabled = isSiteEnabled(s, host);
      const glossary = enabled ? await ctx.glossary() : null;
      return {
        enabled,
        style: s.style,
        firstMentionOnly: s.firstMentionOnly,
        cardDelayMs: s.cardDelayMs,
        entries: glossary ? glossary.matchEntries : [],
        compiled: glossary ? compiledFor(glossary) : null,
      };
    },
    getEntry: async ({ id }) => entryView(await ctx.glossary(), id),
    getSection: async ({ id }) => sectionView(await ctx.glossary(), id),
    listEntries: async () => (await ctx.glossary()).entries.map(hit),
    listSections: async () => (await ctx.glossary()).sections.map((s) => ({ id: s.id, question: s.question })),
    async openFaq({ section, entry }) {
      const hash = entry ? `#entry-${entry}` : section ? `#${section}` : '';
      await ctx.openFaqPage(hash);
      return null;
    },
    async pageStats({ distinct }, sender) {
      if (sender.tab?.id !== undefined && sender.frameId === 0) await ctx.setBadge(sender.tab.id, distinct ? String(distinct) : '');
      return null;
    },
    suggest: async ({ query }) => (await ctx.suggest())(query).map(hit),
    search: async ({ query, limit }) => (await ctx.search())(query, limit).map(hit),
  };
}

const hit = (e: Entry) => ({ id: e.id, term: e.term, definition: e.definition });

/** Who sent a message: only our own extension's pages and content scripts are answered. */
export interface SenderInfo {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export async function handleMessage(
  handlers: Handlers,
  raw: unknown,
  sender: SenderInfo,
  ownId: string,
): Promise<Reply<MessageName>> {
  if (sender.id !== ownId) {
    console.warn('[Gut Glossary] rejected message from an unknown sender');
    return { ok: false, error: 'message from an unknown sender' };
  }
  const parsed = parseMessage(raw);
  if (!parsed.ok) {
    console.warn('[Gut Glossary] rejected message:', parsed.error);
    return parsed;
  }
  const { type, params } = parsed.message;
  try {
    const handler = handlers[type] as (p: typeof params, s: SenderInfo) => unknown;
    return { ok: true, result: (await handler(params, sender)) as Results[typeof type] };
  } catch (err) {
    console.error('[Gut Glossary] handler failed:', type, err);
    return { ok: false, error: `${type} failed` };
  }
}
