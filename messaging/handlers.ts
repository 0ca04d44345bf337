/**
 * The background's name → handler table, typed by the protocol. Messages reach it only
 * through the one door (`handleMessage` in messaging/dispatch.ts).
 */
import { builtInEntries } from '../glossary/builtin';
import { entryView, searchHit, sectionView, type Glossary } from '../glossary/glossary';
import { compileForms, UNMARKED, type CompiledForms } from '../glossary/matcher';
import { foundAs, type Search } from '../glossary/search';
import type { Entry } from '../glossary/schema';
import { setKnown, type Settings } from '../settings/defaults';
import { isSiteEnabled, normalizeHost, setSiteEnabled } from '../settings/sites';
import type { Handlers } from './dispatch';
import type { BackgroundProtocol } from './protocol';

export interface HandlerContext {
  glossary: () => Glossary | Promise<Glossary>;
  search: () => Search | Promise<Search>;
  suggest: () => ((query: string) => Entry[]) | Promise<(query: string) => Entry[]>;
  settings: () => Promise<Settings>;
  /** Whether the test harness or the bench asked for test hooks (see `testHooksItem`). */
  testHooks?: () => Promise<boolean>;
  /** Opens the FAQ page in a new tab; `hash` names a question or an entry. */
  openFaqPage: (hash: string) => Promise<void>;
  /** Whether another FAQ tab may open now (a flood of requests opens a few, not dozens). */
  mayOpenTab?: () => boolean;
  /** Stores changed settings (switching a site off from its card). */
  saveSettings?: (settings: Settings) => Promise<void>;
  /** Shows a count on the toolbar button for one tab ('' clears it). */
  setBadge: (tabId: number, text: string) => Promise<void>;
}

const builtInIds = new Set(builtInEntries.map((e) => e.id));

export function createHandlers(ctx: HandlerContext): Handlers<BackgroundProtocol> {
  /**
   * What every page of a glossary is sent, worked out once per glossary, not once per page:
   * its forms compiled (10,000 own terms take ~100 ms), and which entries are the reader's own.
   */
  const forPages = new WeakMap<Glossary, { compiled: CompiledForms; ownIds: string[] }>();
  const pagePartsOf = (g: Glossary) => {
    let parts = forPages.get(g);
    if (!parts) {
      parts = {
        compiled: compileForms(g.matchEntries),
        ownIds: g.matchEntries.filter((e) => e.id !== UNMARKED && !builtInIds.has(e.id)).map((e) => e.id),
      };
      forPages.set(g, parts);
    }
    return parts;
  };
  return {
    async getPageConfig({ host }) {
      const [s, testHooks] = await Promise.all([ctx.settings(), ctx.testHooks?.() ?? false]);
      const enabled = isSiteEnabled(s, host);
      const glossary = enabled ? await ctx.glossary() : null;
      const entries = glossary ? glossary.matchEntries : [];
      const parts = glossary ? pagePartsOf(glossary) : null;
      return {
        enabled,
        style: s.style,
        firstMentionOnly: s.firstMentionOnly,
        knownTerms: glossary ? s.knownTerms.filter((k) => glossary.byId.has(k.id)) : [],
        cardDelayMs: s.cardDelayMs,
        entries,
        compiled: parts?.compiled ?? null,
        ownIds: parts?.ownIds ?? [],
        testHooks,
      };
    },
    async switchOffSite(_params, sender) {
      // The site is the sending page's own: a content script cannot name another.
      const host = normalizeHost(sender.url ?? '');
      if (host && ctx.saveSettings) await ctx.saveSettings(setSiteEnabled(await ctx.settings(), host, false));
      return null;
    },
    async markKnown({ id, show }) {
      if (!(await ctx.glossary()).byId.has(id)) throw new Error(`no entry "${id}"`);
      if (ctx.saveSettings) await ctx.saveSettings(setKnown(await ctx.settings(), id, show));
      return null;
    },
    getEntry: async ({ id }) => entryView(await ctx.glossary(), id),
    getSection: async ({ id }) => sectionView(await ctx.glossary(), id),
    listEntries: async () => (await ctx.glossary()).entries.map(searchHit),
    listSections: async () => (await ctx.glossary()).sections.map((s) => ({ id: s.id, question: s.question })),
    async openFaq({ section, entry }) {
      if (ctx.mayOpenTab && !ctx.mayOpenTab()) throw new Error('too many tabs opened at once');
      const hash = entry ? `#entry-${entry}` : section ? `#${section}` : '';
      await ctx.openFaqPage(hash);
      return null;
    },
    async pageStats({ distinct }, sender) {
      if (sender.tab?.id !== undefined && sender.frameId === 0) await ctx.setBadge(sender.tab.id, distinct ? String(distinct) : '');
      return null;
    },
    suggest: async ({ query }) => (await ctx.suggest())(query).map(searchHit),
    search: async ({ query, limit }) =>
      (await ctx.search())(query, limit).map((e) => {
        const why = foundAs(e, query);
        return why ? { ...searchHit(e), foundAs: why } : searchHit(e);
      }),
  };
}
