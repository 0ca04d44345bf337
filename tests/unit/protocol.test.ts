import { describe, expect, test, vi } from 'vitest';
import { MAX_MESSAGE_CHARS, parseMessage } from '../../messaging/protocol';
import { handleMessage } from '../../messaging/dispatch';
import { createHandlers } from '../../messaging/handlers';
import { buildGlossary } from '../../glossary/glossary';
import { createSearch } from '../../glossary/search';
import { DEFAULT_SETTINGS } from '../../settings/defaults';
import type { Section } from '../../glossary/schema';
import type { Reply } from '../../messaging/protocol';
import type { broadcast, request, requestTab } from '../../messaging/client';

describe('parseMessage', () => {
  test('accepts every well-formed message', () => {
    expect(parseMessage({ type: 'getEntry', params: { id: 'tregs' } })).toEqual({
      ok: true,
      message: { type: 'getEntry', params: { id: 'tregs' } },
    });
    expect(parseMessage({ type: 'search', params: { query: 'regulatory', limit: 5 } }).ok).toBe(true);
    expect(parseMessage({ type: 'getPageConfig', params: { host: 'example.com' } }).ok).toBe(true);
    expect(parseMessage({ type: 'openFaq', params: { section: 'gut-brain-axis' } }).ok).toBe(true);
  });

  test.each([
    [null, 'message must be an object'],
    ['getEntry', 'message must be an object'],
    [[], 'message must be an object'],
    [{ type: 'deleteEverything', params: {} }, 'unknown message type "deleteEverything"'],
    [{ type: 'toString', params: {} }, 'unknown message type "toString"'],
    [{ type: '__proto__', params: {} }, 'unknown message type "__proto__"'],
    [{ params: {} }, 'unknown message type undefined'],
  ])('rejects %j', (raw, error) => {
    expect(parseMessage(raw)).toEqual({ ok: false, error });
  });

  test('rejects wrong shapes with the field at fault', () => {
    const bad = [
      { type: 'getEntry', params: { id: 42 } },
      { type: 'getEntry', params: { id: 'Not An Id' } },
      { type: 'getEntry', params: {} },
      { type: 'getEntry', params: { id: 'tregs', extra: true } },
      { type: 'search', params: { query: 'x', limit: -1 } },
      { type: 'search', params: { query: 'x', limit: 1.5 } },
    ];
    for (const raw of bad) {
      const r = parseMessage(raw);
      expect(r.ok, JSON.stringify(raw)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(new RegExp(`^${raw.type}: `));
    }
  });

  test('rejects oversized and unserialisable payloads', () => {
    const r = parseMessage({ type: 'search', params: { query: 'a'.repeat(MAX_MESSAGE_CHARS) } });
    expect(r).toEqual({ ok: false, error: `message is larger than ${MAX_MESSAGE_CHARS} characters` });
    const cyclic: Record<string, unknown> = { type: 'search' };
    cyclic.params = cyclic;
    expect(parseMessage(cyclic)).toEqual({ ok: false, error: 'message is not serialisable' });
  });
});

describe('handleMessage', () => {
  const sections: Section[] = [
    {
      id: 'immune-regulation',
      question: 'How does the gut microbiome regulate the immune system?',
      shortAnswer: 'Microbial signals shape both the fast innate defences and the slower, targeted adaptive responses of the body.',
      fullAnswer: ['Microbial signals shape both the fast innate defences and the slower, targeted adaptive responses of the body.'],
      evidence: { shortAnswer: 'animals', fullAnswer: ['animals'] },
    },
  ];
  const glossary = buildGlossary(
    [
      {
        id: 'tregs',
        term: 'regulatory T cells',
        abbreviations: ['Tregs'],
        definition: 'Immune cells that calm other immune cells down and prevent overreactions.',
        section: 'immune-regulation',
      },
    ],
    sections,
  );
  const handlers = createHandlers({
    glossary: () => glossary,
    search: () => createSearch(glossary.entries),
    suggest: () => () => [],
    settings: async () => ({ ...DEFAULT_SETTINGS, disabledSites: ['off.example'] }),
    openFaqPage: async () => {},
    setBadge: async () => {},
  });
  const own = { id: 'ext-id' };

  test('answers a valid request from our own extension', async () => {
    const r = (await handleMessage(handlers, { type: 'getEntry', params: { id: 'tregs' } }, own, 'ext-id')) as Reply<'getEntry'>;
    expect(r.ok && r.result?.entry.term).toBe('regulatory T cells');
    expect(r.ok && r.result?.section?.id).toBe('immune-regulation');
  });

  test("a content script is answered what its page needs, never the whole glossary; our pages are answered everything", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const origin = 'chrome-extension://ext-id/';
    const contentScript = { id: 'ext-id', tab: { id: 3 }, frameId: 0, url: 'https://news.example/article' };
    const popup = { id: 'ext-id', url: `${origin}popup.html` };
    try {
      expect(await handleMessage(handlers, { type: 'listEntries', params: {} }, contentScript, 'ext-id', origin)).toEqual({
        ok: false,
        error: 'listEntries is not answered to content scripts',
      });
      expect((await handleMessage(handlers, { type: 'search', params: { query: 'gut' } }, contentScript, 'ext-id', origin)).ok).toBe(false);
      expect((await handleMessage(handlers, { type: 'getEntry', params: { id: 'tregs' } }, contentScript, 'ext-id', origin)).ok).toBe(true);
      expect((await handleMessage(handlers, { type: 'getPageConfig', params: { host: 'a.example' } }, contentScript, 'ext-id', origin)).ok).toBe(true);
      expect((await handleMessage(handlers, { type: 'listEntries', params: {} }, popup, 'ext-id', origin)).ok).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  test('"Not on this site" from a card switches off the sending page\'s own site, and no other', async () => {
    let saved: string[] | undefined;
    const withSave = createHandlers({
      glossary: () => glossary,
      search: () => createSearch(glossary.entries),
      suggest: () => () => [],
      settings: async () => ({ ...DEFAULT_SETTINGS, disabledSites: ['off.example'] }),
      saveSettings: async (settings) => {
        saved = settings.disabledSites;
      },
      openFaqPage: async () => {},
      setBadge: async () => {},
    });
    const origin = 'chrome-extension://ext-id/';
    const contentScript = { id: 'ext-id', tab: { id: 3 }, frameId: 0, url: 'https://news.example/article' };
    expect(await handleMessage(withSave, { type: 'switchOffSite', params: {} }, contentScript, 'ext-id', origin)).toEqual({ ok: true, result: null });
    expect(saved?.toSorted()).toEqual(['news.example', 'off.example']);
    // It names no site: the params that would are refused.
    expect((await handleMessage(withSave, { type: 'switchOffSite', params: { host: 'bank.example' } }, contentScript, 'ext-id', origin)).ok).toBe(false);
  });

  test('"I know this" from a card stores the term as known, for an entry that exists only', async () => {
    let saved: unknown;
    const withSave = createHandlers({
      glossary: () => glossary,
      search: () => createSearch(glossary.entries),
      suggest: () => () => [],
      settings: async () => ({ ...DEFAULT_SETTINGS, knownTerms: [{ id: 'tregs', show: 'first' as const }, { id: 'gone-term', show: 'none' as const }] }),
      saveSettings: async (settings) => {
        saved = settings.knownTerms;
      },
      openFaqPage: async () => {},
      setBadge: async () => {},
    });
    const origin = 'chrome-extension://ext-id/';
    const contentScript = { id: 'ext-id', tab: { id: 3 }, frameId: 0, url: 'https://news.example/article' };
    const send = (params: unknown) => handleMessage(withSave, { type: 'markKnown', params }, contentScript, 'ext-id', origin);
    expect(await send({ id: 'tregs', show: 'none' })).toEqual({ ok: true, result: null });
    expect(saved).toEqual([{ id: 'gone-term', show: 'none' }, { id: 'tregs', show: 'none' }]);
    saved = undefined;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect((await send({ id: 'no-such-term', show: 'none' })).ok).toBe(false);
      expect((await send({ id: 'tregs', show: 'sometimes' })).ok).toBe(false);
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
    expect(saved).toBeUndefined();
    // The page config carries the known terms among its entries (not one since deleted), for the page's matcher.
    const config = await withSave.getPageConfig({ host: 'a.example' }, contentScript);
    expect(config.knownTerms).toEqual([{ id: 'tregs', show: 'first' }]);
  });

  test('refuses and logs other senders and malformed messages, without throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await handleMessage(handlers, { type: 'getEntry', params: { id: 'tregs' } }, { id: 'other' }, 'ext-id')).toEqual({
        ok: false,
        error: 'message from an unknown sender',
      });
      expect(warn).toHaveBeenLastCalledWith('[Gut Glossary] rejected message from an unknown sender');
      expect((await handleMessage(handlers, { type: 'nope' }, own, 'ext-id')).ok).toBe(false);
      expect(warn).toHaveBeenLastCalledWith('[Gut Glossary] rejected message:', 'unknown message type "nope"');
    } finally {
      warn.mockRestore();
    }
  });

  test('a search hit found through another form says which', async () => {
    const ask = async (query: string) => (await handleMessage(handlers, { type: 'search', params: { query } }, own, 'ext-id')) as Reply<'search'>;
    const byAbbreviation = await ask('what are Tregs');
    expect(byAbbreviation.ok && byAbbreviation.result[0]).toMatchObject({ id: 'tregs', foundAs: { form: 'Tregs', kind: 'alias' } });
    const byName = await ask('regulatory');
    expect(byName.ok && byName.result[0]).toEqual({ id: 'tregs', term: 'regulatory T cells', definition: expect.any(String) });
  });

  test('sends no match table to a site where highlighting is off', async () => {
    const ask = async (host: string) =>
      (await handleMessage(handlers, { type: 'getPageConfig', params: { host } }, own, 'ext-id')) as Reply<'getPageConfig'>;
    const on = await ask('news.example');
    const off = await ask('off.example');
    expect(on.ok && on.result.entries.map((e) => e.id)).toEqual(['tregs']);
    expect(off.ok && off.result).toMatchObject({ enabled: false, entries: [] });
  });
});

describe('senders are typed by the protocol', () => {
  // Never run: the compiler checks these lines. A renamed or reshaped message must fail
  // to compile at its senders instead of going out and being refused at run time.
  test('an unknown name or wrong params do not compile', () => {
    const check = (send: typeof request, sendTab: typeof requestTab, tell: typeof broadcast) => {
      // @ts-expect-error no such message
      void send('getEntries', {});
      // @ts-expect-error getEntry takes an id
      void send('getEntry', { query: 'x' });
      // @ts-expect-error the background answers getPageConfig, not a tab
      void sendTab(1, 'getPageConfig', { host: 'a' });
      // @ts-expect-error no such tab message
      void tell('reload', {});
      void sendTab(1, 'jumpTo', { id: 'tregs' }).then((found: boolean | null) => found);
    };
    expect(typeof check).toBe('function');
  });
});
