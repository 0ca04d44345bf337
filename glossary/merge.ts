/**
 * The reader's list of entries as it changes: an import merged into it, and ids made for
 * new terms. Pure: no DOM, no `browser`.
 */
import { aliasKey } from './normalize.ts';
import type { Entry } from './schema.ts';

/**
 * The reader's entries after an import. `replace`: the incoming entries only. `merge`: an
 * incoming entry replaces, in place, the existing entry with the same id or the same term
 * (folded as aliasKey); the other incoming entries are appended. The result still has to
 * pass validateUserEntries (an incoming alias may clash with another existing entry).
 */
export function mergeEntries(existing: readonly Entry[], incoming: readonly Entry[], mode: 'merge' | 'replace'): Entry[] {
  if (mode === 'replace') return [...incoming];
  const byId = new Map<string, number>();
  const byTerm = new Map<string, number>();
  incoming.forEach((e, i) => {
    if (!byId.has(e.id)) byId.set(e.id, i);
    if (!byTerm.has(aliasKey(e.term))) byTerm.set(aliasKey(e.term), i);
  });
  const placed = new Set<number>();
  const out: Entry[] = [];
  for (const e of existing) {
    const i = byId.get(e.id) ?? byTerm.get(aliasKey(e.term));
    if (i === undefined) out.push(e);
    else if (!placed.has(i)) {
      out.push(incoming[i]!);
      placed.add(i);
    }
  }
  incoming.forEach((e, i) => {
    if (!placed.has(i)) out.push(e);
  });
  return out;
}



/** A kebab-case id for a term, different from every id in `taken` ("IL-10" → "il-10", "Akkermansia muciniphila" → "akkermansia-muciniphila"). */
export function idForTerm(term: string, taken: ReadonlySet<string>): string {
  const slug =
    term
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'term';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
