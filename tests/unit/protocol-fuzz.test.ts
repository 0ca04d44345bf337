/**
 * The message validators under random and adversarial input: whatever a page, a stale
 * content script or a bug sends, they answer with a verdict, never an exception, and
 * whatever they accept has the declared shape.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { handleMessage, handleTabMessage } from '../../messaging/dispatch';
import { createTabHandlers } from '../../content/tab-handlers';
import { opaqueIds } from '../../content/opaque-ids';
import { createHandlers } from '../../messaging/handlers';
import {
  MAX_MESSAGE_CHARS,
  backgroundMessages,
  parseMessage,
  parseTabMessage,
  tabMessages,
  type Reply,
} from '../../messaging/protocol';
import { buildGlossary } from '../../glossary/glossary';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { createSearch } from '../../glossary/search';
import { DEFAULT_SETTINGS } from '../../settings/defaults';

const NAMES = Object.keys(backgroundMessages);
const TAB_NAMES = Object.keys(tabMessages);
/** Names a hostile sender would try: inherited properties and near misses. */
const TRICK_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'GETENTRY', 'getEntry ', 'search\u0000'];

/** Everything a structured clone can carry, and some things it cannot. */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'query', 'limit', 'host');
const hostileParams = fc.oneof(
  anyValue,
  fc.dictionary(fc.oneof(hostileKey, fc.string()), anyValue, { maxKeys: 6 }),
  fc.record({ id: anyValue, query: anyValue, limit: anyValue, host: anyValue, text: anyValue }, { requiredKeys: [] }),
);
const messageLike = fc.record(
  { type: fc.oneof(fc.constantFrom(...NAMES, ...TAB_NAMES, ...TRICK_NAMES), anyValue), params: hostileParams },
  { requiredKeys: [] },
);

type Verdict = { ok: true; message: { type: string; params: unknown } } | { ok: false; error: string };

function checkVerdict(r: Verdict, names: string[]): void {
  if (r.ok) {
    expect(names).toContain(r.message.type);
    // Whatever is accepted is plain data within the size limit.
    expect(JSON.stringify(r.message).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 50);
  } else {
    expect(typeof r.error).toBe('string');
    expect(r.error.length).toBeGreaterThan(0);
    expect(r.error.length).toBeLessThan(400);
  }
}

describe('message validators under fuzzing', () => {
  test('any value at all gets a verdict, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, messageLike), (raw) => {
        checkVerdict(parseMessage(raw) as Verdict, NAMES);
        checkVerdict(parseTabMessage(raw) as Verdict, TAB_NAMES);
      }),
      { numRuns: 3000 },
    );
  });

  test('an accepted message parses again to itself (the output is plain, checked data)', () => {
    fc.assert(
      fc.property(messageLike, (raw) => {
        const r = parseMessage(raw);
        if (!r.ok) return;
        const again = parseMessage(JSON.parse(JSON.stringify(r.message)));
        expect(again).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  test('well-formed messages of every kind are accepted', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,20}(?:-[a-z0-9]{1,10}){0,3}$/);
    const text = fc.string({ maxLength: 200, unit: 'grapheme' }).filter((s) => JSON.stringify(s).length < 1000);
    const valid = fc.oneof(
      fc.record({ type: fc.constant('getEntry'), params: fc.record({ id }) }),
      fc.record({ type: fc.constant('getSection'), params: fc.record({ id }) }),
      fc.record({ type: fc.constant('search'), params: fc.record({ query: text, limit: fc.integer({ min: 1, max: 100 }) }, { requiredKeys: ['query'] }) }),
      fc.record({ type: fc.constant('suggest'), params: fc.record({ query: text }) }),
      fc.record({ type: fc.constant('getPageConfig'), params: fc.record({ host: fc.domain() }) }),
      fc.record({ type: fc.constant('openFaq'), params: fc.record({ section: id, entry: id }, { requiredKeys: [] }) }),
      fc.record({ type: fc.constant('pageStats'), params: fc.record({ distinct: fc.nat(100_000) }) }),
      fc.record({ type: fc.constantFrom('listEntries', 'listSections'), params: fc.constant({}) }),
    );
    fc.assert(
      fc.property(valid, (raw) => {
        expect(parseMessage(raw)).toEqual({ ok: true, message: raw });
      }),
      { numRuns: 1000 },
    );
    const validTab = fc.oneof(
      fc.record({ type: fc.constant('jumpTo'), params: fc.record({ id }) }),
      fc.record({ type: fc.constant('explain'), params: fc.record({ text }) }),
      fc.record({ type: fc.constantFrom('getPageState', 'refresh'), params: fc.constant({}) }),
    );
    fc.assert(fc.property(validTab, (raw) => void expect(parseTabMessage(raw)).toEqual({ ok: true, message: raw })), { numRuns: 500 });
  });

  test('oversized payloads are refused by size, whatever their type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES, 'nope'), fc.integer({ min: MAX_MESSAGE_CHARS, max: MAX_MESSAGE_CHARS * 50 }), (type, n) => {
        const r = parseMessage({ type, params: { query: 'x'.repeat(n) } });
        expect(r).toEqual({ ok: false, error: `message is larger than ${MAX_MESSAGE_CHARS} characters` });
      }),
      { numRuns: 50 },
    );
    // Deep nesting is refused without a stack overflow.
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { params: deep };
    expect(parseMessage({ type: 'search', params: deep }).ok).toBe(false);
  });

  test('the background answers every fuzzed message with a reply, from any sender', async () => {
    const glossary = buildGlossary(builtInEntries, builtInSections);
    const search = createSearch(glossary.entries, glossary.sections);
    const handlers = createHandlers({
      glossary: () => glossary,
      search: () => search,
      suggest: () => () => [],
      settings: async () => DEFAULT_SETTINGS,
      openFaqPage: async () => {},
      setBadge: async () => {},
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sender = fc.record({ id: fc.option(fc.constantFrom('own-id', 'other-id', ''), { nil: undefined }), tab: fc.option(fc.record({ id: fc.nat() }), { nil: undefined }) }, { requiredKeys: [] });
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyValue, messageLike), sender, async (raw, from) => {
          const reply = (await handleMessage(handlers, raw, from, 'own-id')) as Reply<'search'>;
          expect(typeof reply.ok).toBe('boolean');
          if (from.id !== 'own-id') expect(reply).toEqual({ ok: false, error: 'message from an unknown sender' });
          if (!reply.ok) expect(typeof reply.error).toBe('string');
        }),
        { numRuns: 1500 },
      );
      // Rejections are logged, so a misbehaving caller can be found.
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test('a tab answers every fuzzed message from us, declines the rest, and never throws', async () => {
    const handlers = createTabHandlers({ host: 'news.example', refresh: () => {}, followSettings: () => {}, page: () => null, marks: () => [], counts: () => new Map(), matcher: () => null, card: () => null, ids: () => opaqueIds([], []), stepTerm: () => false });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sender = fc.record({ id: fc.option(fc.constantFrom('own-id', 'other-id', ''), { nil: undefined }) }, { requiredKeys: [] });
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyValue, messageLike), sender, async (raw, from) => {
          const reply = handleTabMessage(handlers, raw, from, 'own-id');
          const parsed = parseTabMessage(raw);
          if (from.id !== 'own-id' || !parsed.ok) return void expect(reply).toBeUndefined();
          const answer = await reply;
          if (parsed.message.type === 'getPageState') expect(answer).toEqual({ host: 'news.example', enabled: false, counts: [], tooCommon: [] });
          else expect(answer).toEqual(parsed.message.type === 'refresh' || parsed.message.type === 'settingsChanged' ? null : false);
        }),
        { numRuns: 1500 },
      );
      expect(warn).toHaveBeenCalledWith('[Gut Glossary] rejected tab message from an unknown sender');
      expect(warn).toHaveBeenCalledWith('[Gut Glossary] rejected tab message:', expect.any(String));
    } finally {
      warn.mockRestore();
    }
  });

  test('a tab handler that throws is logged and answers nothing; the error does not escape', async () => {
    const broken = () => {
      throw new Error('page gone');
    };
    const handlers = createTabHandlers({ host: 'news.example', refresh: broken, followSettings: broken, page: broken, marks: broken, counts: broken, matcher: broken, card: broken, ids: broken, stepTerm: broken });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const raw of [{ type: 'getPageState', params: {} }, { type: 'refresh', params: {} }, { type: 'jumpTo', params: { id: 'tregs' } }])
        await expect(handleTabMessage(handlers, raw, { id: 'own-id' }, 'own-id')).resolves.toBeUndefined();
      expect(error).toHaveBeenCalledWith('[Gut Glossary] handler failed:', 'jumpTo', expect.any(Error));
    } finally {
      error.mockRestore();
    }
  });
});
