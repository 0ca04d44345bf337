/** Which mentions of each entry a page highlights: the global setting, and the terms the reader knows. */
import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../glossary/matcher';
import { mentionRules, withoutHidden } from '../../highlight/mentions';
import { DEFAULT_SETTINGS, MAX_KNOWN_TERMS, sanitizeSettings, setKnown } from '../../settings/defaults';

const known = (...pairs: [string, 'first' | 'none'][]) => pairs.map(([id, show]) => ({ id, show }));

describe('mentionRules', () => {
  test('without known terms the global setting decides for every entry', () => {
    expect(mentionRules({ firstMentionOnly: false, knownTerms: [] })).toMatchObject({ firstMentionOnly: false, anyHidden: false });
    const all = mentionRules({ firstMentionOnly: true, knownTerms: [] });
    expect(all.firstMentionOnly).toBe(true);
    expect(all.of('tregs')).toBe('first');
  });

  test('a known term follows its own choice; the others the global setting', () => {
    const rules = mentionRules({ firstMentionOnly: false, knownTerms: known(['tregs', 'first'], ['dysbiosis', 'none']) });
    expect([rules.of('tregs'), rules.of('dysbiosis'), rules.of('scfas')]).toEqual(['first', 'none', 'every']);
    expect(typeof rules.firstMentionOnly).toBe('function');
    const firstOnly = rules.firstMentionOnly as (id: string) => boolean;
    expect([firstOnly('tregs'), firstOnly('scfas')]).toEqual([true, false]);
    expect(rules.anyHidden).toBe(true);
    // "Stop highlighting" wins over a global first mention.
    expect(mentionRules({ firstMentionOnly: true, knownTerms: known(['dysbiosis', 'none']) }).of('dysbiosis')).toBe('none');
  });

  test('known ids are turned into the ids the page gives (the reader’s own entries go by a token)', () => {
    const rules = mentionRules({ firstMentionOnly: false, knownTerms: known(['my-term', 'none']) }, { toPage: (id) => (id === 'my-term' ? 'gg-x1' : id) });
    expect([rules.of('gg-x1'), rules.of('my-term')]).toEqual(['none', 'every']);
  });

  test('our own pages explain every mention whatever is known', () => {
    const rules = mentionRules({ firstMentionOnly: true, knownTerms: known(['tregs', 'none']) }, { everyMention: true });
    expect([rules.of('tregs'), rules.firstMentionOnly, rules.anyHidden]).toEqual(['every', false, false]);
  });
});

describe('withoutHidden', () => {
  const matcher = compileMatcher([
    { id: 'scfas', forms: [{ text: 'short-chain fatty acids', caseSensitive: false }] },
    { id: 'fatty-acids', forms: [{ text: 'fatty acids', caseSensitive: false }] },
    { id: 'tregs', forms: [{ text: 'Tregs', caseSensitive: true }] },
  ]);
  const text = 'Tregs need short-chain fatty acids.';
  test('drops the hidden entries’ matches, and leaves their text plain', () => {
    const rules = mentionRules({ firstMentionOnly: false, knownTerms: known(['scfas', 'none'], ['tregs', 'first']) });
    expect(withoutHidden(matcher, rules).find(text).map((m) => m.id)).toEqual(['tregs']);
  });
  test('is the matcher itself when nothing is hidden', () => {
    expect(withoutHidden(matcher, mentionRules({ firstMentionOnly: false, knownTerms: known(['tregs', 'first']) }))).toBe(matcher);
  });
});

describe('known terms in the settings', () => {
  test('setKnown adds, changes, moves to the newest and removes', () => {
    let s = setKnown(DEFAULT_SETTINGS, 'tregs', 'first');
    s = setKnown(s, 'dysbiosis', 'none');
    s = setKnown(s, 'tregs', 'none');
    expect(s.knownTerms).toEqual(known(['dysbiosis', 'none'], ['tregs', 'none']));
    expect(setKnown(s, 'dysbiosis', null).knownTerms).toEqual(known(['tregs', 'none']));
    expect(DEFAULT_SETTINGS.knownTerms).toEqual([]);
  });

  test('setKnown keeps the newest MAX_KNOWN_TERMS', () => {
    let s = DEFAULT_SETTINGS;
    for (let i = 0; i <= MAX_KNOWN_TERMS; i++) s = setKnown(s, `term-${i}`, 'first');
    expect(s.knownTerms).toHaveLength(MAX_KNOWN_TERMS);
    expect(s.knownTerms[0]!.id).toBe('term-1');
    expect(s.knownTerms.at(-1)!.id).toBe(`term-${MAX_KNOWN_TERMS}`);
  });

  test('older stored settings (without the field) stay valid; bad items are left out and named', () => {
    expect(sanitizeSettings({ enabled: true, style: 'underline' })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    const { settings, problems } = sanitizeSettings({
      knownTerms: [{ id: 'tregs', show: 'first' }, { id: '__proto__', show: 'none' }, { id: 'x', show: 'maybe' }, null, { id: 'tregs', show: 'none' }],
    });
    expect(settings.knownTerms).toEqual(known(['tregs', 'none']));
    expect(problems).toEqual(['"knownTerms": 3 unreadable item(s) left out']);
    expect(sanitizeSettings({ knownTerms: 'tregs' })).toMatchObject({ settings: { knownTerms: [] }, problems: ['"knownTerms" has an invalid value (string)'] });
    const many = Array.from({ length: MAX_KNOWN_TERMS + 5 }, (_, i) => ({ id: `t-${i}`, show: 'first' }));
    expect(sanitizeSettings({ knownTerms: many }).settings.knownTerms).toHaveLength(MAX_KNOWN_TERMS);
  });
});
