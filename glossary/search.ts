/**
 * Ranked glossary search for the popup and the address bar. Pure: no DOM, no `browser`.
 * Tiers, best first: a term or alias equal to the query; one that starts with it; one
 * that contains it; then entries whose definition mentions every word of the query.
 */
import { aliasKey } from './normalize';
import { formsOf, type Entry } from './schema';

interface Indexed {
  entry: Entry;
  forms: string[];
  prose: string;
}

export type Search = (query: string, limit?: number) => Entry[];

export function createSearch(entries: readonly Entry[]): Search {
  const index: Indexed[] = entries.map((entry) => ({
    entry,
    forms: formsOf(entry).map((f) => aliasKey(f.text)),
    prose: aliasKey(`${entry.definition} ${entry.whyItMatters ?? ''}`),
  }));
  return (query, limit = 20) => {
    const q = aliasKey(query);
    if (!q) return [];
    const words = q.split(' ');
    const ranked: { entry: Entry; tier: number; order: number }[] = [];
    index.forEach(({ entry, forms, prose }, order) => {
      let tier = Infinity;
      for (const f of forms) {
        if (f === q) tier = Math.min(tier, 0);
        else if (f.startsWith(q) || f.includes(` ${q}`)) tier = Math.min(tier, 1);
        else if (f.includes(q)) tier = Math.min(tier, 2);
      }
      if (tier === Infinity && words.every((w) => prose.includes(w))) tier = 3;
      if (tier !== Infinity) ranked.push({ entry, tier, order });
    });
    ranked.sort((a, b) => a.tier - b.tier || a.entry.term.length - b.entry.term.length || a.order - b.order);
    return ranked.slice(0, limit).map((r) => r.entry);
  };
}
