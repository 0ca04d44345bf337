/**
 * Which mentions of each entry a page highlights: every one, the first only, or none.
 * The reader's "first mention only" setting applies to every entry; a term they know
 * follows its own choice. Pure: no DOM, no `browser`.
 */
import type { Matcher } from '../glossary/matcher';
import type { KnownTerm } from '../settings/defaults';

export type Mentions = 'every' | 'first' | 'none';

export interface MentionRules {
  /** Which mentions of entry `id` are highlighted. */
  of(id: string): Mentions;
  /**
   * For the highlighter: false when every entry shows every mention, true when every
   * entry shows its first only, else which entries show their first only.
   */
  firstMentionOnly: boolean | ((id: string) => boolean);
  /** Whether some entry is not highlighted at all. */
  anyHidden: boolean;
}

/**
 * The rules for one page. `toPage` turns an entry id into the id the page's matcher
 * gives (the reader's own entries go by a token); `everyMention` (our own pages, which
 * explain every term they use) overrides both settings.
 */
export function mentionRules(
  settings: { firstMentionOnly: boolean; knownTerms: readonly KnownTerm[] },
  options: { everyMention?: boolean; toPage?: (id: string) => string } = {},
): MentionRules {
  if (options.everyMention) return { of: () => 'every', firstMentionOnly: false, anyHidden: false };
  const toPage = options.toPage ?? ((id: string) => id);
  const known = new Map(settings.knownTerms.map((k) => [toPage(k.id), k.show === 'first' ? ('first' as const) : ('none' as const)]));
  const fallback: Mentions = settings.firstMentionOnly ? 'first' : 'every';
  const of = (id: string): Mentions => known.get(id) ?? fallback;
  const anyFirst = [...known.values()].includes('first');
  return {
    of,
    firstMentionOnly: settings.firstMentionOnly ? true : anyFirst ? (id) => of(id) === 'first' : false,
    anyHidden: [...known.values()].includes('none'),
  };
}

/**
 * `base` without the matches of entries shown nowhere. The text a hidden term covers stays
 * plain: a shorter entry inside it ("fatty acids" in a known "short-chain fatty acids") is
 * not highlighted in its place.
 */
export function withoutHidden(base: Matcher, rules: MentionRules): Matcher {
  if (!rules.anyHidden) return base;
  return { formCount: base.formCount, find: (text) => base.find(text).filter((m) => rules.of(m.id) !== 'none') };
}
