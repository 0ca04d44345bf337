/**
 * Ranked glossary search for the popup and the address bar. Pure: no DOM, no `browser`.
 * Tiers, best first: a term or alias equal to the query; one that starts with it (or has
 * a word that does); one that contains it; one whose words match the query's with a typo
 * or two; then entries whose definition, and last whose FAQ answer, mention every word.
 * Our own code rather than a search library: ~70 entries need no index, and the tiers
 * above are exactly the ranking readers expect.
 */
import { aliasKey } from './normalize.ts';
import { formsOf, type Entry, type Section } from './schema.ts';

interface Indexed {
  entry: Entry;
  forms: string[];
  /** Every word of every form, with apostrophes dropped ("crohn's" → "crohns"). */
  words: string[];
  prose: string;
  answer: string;
  order: number;
}

export type Search = (query: string, limit?: number) => Entry[];

const squash = (s: string) => s.replace(/'/g, '');

/** Edit distance with transpositions, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

const allowed = (word: string) => (word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2);

/** A query word matches a form word with a typo: against the whole word, or its start. */
function fuzzyWord(q: string, word: string): boolean {
  const max = allowed(q);
  if (!max) return false;
  return editDistance(q, word, max) <= max || (word.length > q.length && editDistance(q, word.slice(0, q.length), max) <= max);
}

function index(entries: readonly Entry[], sections: readonly Section[]): Indexed[] {
  const answers = new Map(sections.map((s) => [s.id, aliasKey(`${s.question} ${s.fullAnswer.join(' ')}`)]));
  return entries.map((entry, order) => {
    const forms = formsOf(entry).map((f) => squash(aliasKey(f.text)));
    return {
      entry,
      forms,
      words: [...new Set(forms.flatMap((f) => f.split(/[ .]/)).filter(Boolean))],
      prose: aliasKey(`${entry.definition} ${entry.whyItMatters ?? ''}`),
      answer: (entry.section && answers.get(entry.section)) || '',
      order,
    };
  });
}

function tier(x: Indexed, q: string, words: string[]): number {
  let best = Infinity;
  for (const f of x.forms) {
    if (f === q) return 0;
    // The query as whole words ("faecal" in "faecal transplant") before the start of a
    // longer word ("faecal" in "Faecalibacterium").
    if (f.startsWith(q) || f.includes(` ${q}`)) best = Math.min(best, ` ${f} `.includes(` ${q} `) ? 1 : 1.5);
    else if (f.includes(q)) best = Math.min(best, 2);
  }
  if (best < Infinity) return best;
  if (words.every((w) => x.words.some((fw) => fw.startsWith(w) || fuzzyWord(w, fw)))) return 3;
  if (words.every((w) => x.prose.includes(w))) return 4;
  if (words.every((w) => x.answer.includes(w))) return 5;
  return Infinity;
}

export function createSearch(entries: readonly Entry[], sections: readonly Section[] = []): Search {
  const indexed = index(entries, sections);
  return (query, limit = 20) => {
    const q = squash(aliasKey(query)).slice(0, 100);
    if (!q) return [];
    const words = q.split(' ').filter((w) => w.length > 1 || q.length === 1);
    const ranked: { x: Indexed; tier: number }[] = [];
    for (const x of indexed) {
      const t = tier(x, q, words.length ? words : [q]);
      if (t !== Infinity) ranked.push({ x, tier: t });
    }
    ranked.sort((a, b) => a.tier - b.tier || a.x.entry.term.length - b.x.entry.term.length || a.x.order - b.x.order);
    return ranked.slice(0, limit).map((r) => r.x.entry);
  };
}

/** The entries whose names are closest to a query that found nothing ("did you mean"). */
export function createSuggest(entries: readonly Entry[]): (query: string, n?: number) => Entry[] {
  const indexed = index(entries, []);
  return (query, n = 3) => {
    const q = squash(aliasKey(query)).slice(0, 60);
    if (q.length < 3) return [];
    const max = Math.max(2, Math.floor(q.length / 3));
    return indexed
      .map((x) => ({ x, d: Math.min(...x.forms.map((f) => editDistance(q, f, max)), ...x.words.map((w) => editDistance(q, w, max))) }))
      .filter((r) => r.d <= max)
      .sort((a, b) => a.d - b.d || a.x.order - b.x.order)
      .slice(0, n)
      .map((r) => r.x.entry);
  };
}
