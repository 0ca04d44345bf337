/**
 * The reader's own entries never show their ids to the page: their highlights carry a
 * random token, made fresh for each page and mapped back here, inside the content script.
 * Built-in ids stay as they are (the built-in glossary is public).
 */
import type { MatchEntry } from '../glossary/matcher';

export interface OpaqueIds {
  /** The entries as the page's highlights name them. */
  entries: MatchEntry[];
  /** The entry id a highlight's id stands for. */
  toEntry(pageId: string): string;
  /** The id the page's highlights carry for an entry. */
  toPage(entryId: string): string;
}

function token(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return 'x' + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function opaqueIds(entries: readonly MatchEntry[], ownIds: readonly string[]): OpaqueIds {
  const own = new Set(ownIds);
  const toToken = new Map<string, string>();
  const toId = new Map<string, string>();
  for (const id of own) {
    const t = token();
    toToken.set(id, t);
    toId.set(t, id);
  }
  return {
    entries: entries.map((e) => (own.has(e.id) ? { ...e, id: toToken.get(e.id)! } : e)),
    toEntry: (pageId) => toId.get(pageId) ?? pageId,
    toPage: (entryId) => toToken.get(entryId) ?? entryId,
  };
}
