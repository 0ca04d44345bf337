/**
 * The glossary the background serves: built-in entries plus the reader's own, built once
 * and again only when the reader's entries change, with its search alongside.
 */
import { builtInEntries, builtInSections } from '../glossary/builtin';
import type { Glossary } from '../glossary/glossary';
import { buildCombinedGlossary } from '../glossary/combine';
import { createSearch, createSuggest, type Search } from '../glossary/search';
import { readUserEntries, watchUserEntries } from '../settings/user-entries';

export interface GlossaryState {
  glossary: Glossary;
  search: Search;
  suggest: ReturnType<typeof createSuggest>;
}

export function createGlossaryState(onChange: () => void) {
  let state: Promise<GlossaryState> | undefined;
  const load = async (): Promise<GlossaryState> => {
    const { glossary, combined } = buildCombinedGlossary(builtInEntries, builtInSections, await readUserEntries());
    for (const w of combined.warnings) console.warn('[Gut Glossary]', w);
    return { glossary, search: createSearch(glossary.entries, glossary.sections), suggest: createSuggest(glossary.entries) };
  };
  watchUserEntries(() => {
    state = undefined;
    onChange();
  });
  return () => (state ??= load());
}
