/**
 * Address bar: type "gut", a space, then a query; entries are suggested as you type and
 * choosing one opens the FAQ page at that entry.
 */
import type { Search } from '../glossary/search';

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** Suggestions for a query: the entry id as content, "term: definition" as description (plain text). */
export function omniboxSuggestions(search: Search, query: string, limit = 6): OmniboxSuggestion[] {
  return search(query, limit).map((e) => ({
    content: e.id,
    // Chrome parses descriptions as XML: escape the five special characters.
    description: escapeXml(`${e.term}: ${e.definition}`),
  }));
}

/** What choosing `text` opens: the FAQ page at the entry it names, or at its best search match. */
export function omniboxTarget(search: Search, text: string): string {
  const id = search(text, 1)[0]?.id;
  return id ? `#entry-${id}` : '';
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** Wires the address-bar keyword (declared in the manifest) to the glossary search. */
export function registerOmnibox(
  omnibox: typeof import('wxt/browser').browser.omnibox,
  search: () => Promise<Search>,
  openFaqPage: (hash: string) => Promise<void>,
): void {
  // Chrome returns a promise, Firefox nothing; it fails only on a malformed description.
  void omnibox.setDefaultSuggestion({ description: 'Search Gut Glossary' });
  omnibox.onInputChanged.addListener(async (text, suggest) => suggest(omniboxSuggestions(await search(), text)));
  omnibox.onInputEntered.addListener(async (text) => {
    // A chosen suggestion's content is an entry id; typed text goes through search.
    const s = await search();
    const direct = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text) && s(text, 1)[0]?.id === text;
    void openFaqPage(direct ? `#entry-${text}` : omniboxTarget(s, text));
  });
}
