/**
 * Ranked glossary search for the popup and the address bar. Pure: no DOM, no `browser`.
 * Readers ask as they would ask a person ("what are tregs", "ibs symptoms"): question words
 * and words that ask about a term rather than name it are set aside when what is left
 * still finds something.
 * Tiers, best first: a term or alias equal to the query; one that starts with it (or has
 * a word that does); one that contains it; a form the entry deliberately does not match on
 * pages but that names it or its hallmark ("FOXP3" for Tregs, "IL-17" for Th17 cells); one
 * whose words match the query's with a typo or two; then entries whose definition, and last
 * whose FAQ answer, mention every word. Once the query names an entry, results found only
 * by a typo or by a scattering of its words in prose are unrelated and dropped: prose must
 * then hold the query as a phrase.
 * Our own code rather than a search library: ~70 entries need no index, and the tiers
 * above are exactly the ranking readers expect.
 */
import { aliasKey } from './normalize.ts';
import { formsOf, type Entry, type Section } from './schema.ts';

interface Indexed {
  entry: Entry;
  forms: string[];
  /** Forms the entry refuses on pages ("DC", "FOXP3"): a search for one still finds the entry. */
  refused: string[];
  /** Every word of every form, with apostrophes dropped ("crohn's" → "crohns"). */
  words: string[];
  prose: string;
  /** The definition's words between spaces, to find a whole phrase in it. */
  definition: string;
  answer: string;
  order: number;
}

export type Search = (query: string, limit?: number) => Entry[];

const squash = (s: string) => s.replace(/'/g, '');

/** Words that ask about a term rather than name it: "what are tregs", "dysbiosis definition", "ibs symptoms". */
const ASKING = new Set(
  (
    'what whats what\'s is are was were does do did how why which who a an the about of define definition definitions ' +
    'meaning means mean explain explained explanation tell me symptoms symptom signs causes cause treatment treatments ' +
    'cure function role info information facts vs versus'
  ).split(' '),
);

/** Letters and digits only, words between single spaces: "C. diff" → "c diff". */
const phraseWords = (s: string) => squash(aliasKey(s)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The query without its asking words, or the query itself when nothing else is left. */
export function namedPart(query: string): string {
  const words = query.split(' ');
  const named = words.filter((w) => !ASKING.has(w.replace(/[?!.,]+$/, '')));
  return named.length ? named.join(' ').replace(/[?!]+$/, '') : query;
}

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
      refused: entry.excluded.map((x) => squash(aliasKey(x.form))),
      words: [...new Set(forms.flatMap((f) => f.split(/[ .]/)).filter(Boolean))],
      prose: aliasKey(`${entry.definition} ${entry.whyItMatters ?? ''}`),
      definition: ` ${phraseWords(entry.definition)} `,
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
    // Inside a word only for a query long enough to mean something there ("ms" is in "systems").
    else if (q.length >= 4 && f.includes(q)) best = Math.min(best, 2);
  }
  if (best < Infinity) return best;
  if (x.refused.includes(q)) return 2.5;
  if (words.every((w) => x.words.some((fw) => fw.startsWith(w) || fuzzyWord(w, fw)))) return 3;
  if (words.every((w) => x.prose.includes(w))) return 4;
  if (words.every((w) => x.answer.includes(w))) return 5;
  return Infinity;
}

export function createSearch(entries: readonly Entry[], sections: readonly Section[] = []): Search {
  const indexed = index(entries, sections);
  const rank = (q: string) => {
    const words = q.split(' ').filter((w) => w.length > 1 || q.length === 1);
    const ranked: { x: Indexed; tier: number }[] = [];
    for (const x of indexed) {
      const t = tier(x, q, words.length ? words : [q]);
      if (t !== Infinity) ranked.push({ x, tier: t });
    }
    ranked.sort((a, b) => a.tier - b.tier || a.x.entry.term.length - b.x.entry.term.length || a.x.order - b.x.order);
    // A query that names an entry: other entries only when they name it too, or their
    // definition does ("acetate" → short-chain fatty acids); typos and prose are noise.
    if (ranked.length && ranked[0]!.tier <= 2.5) {
      // The last word may be half typed ("butyr"), so the phrase needs only to start a word.
      const phrase = ` ${phraseWords(q)}`;
      return ranked.filter((r) => r.tier <= 2.5 || (r.tier >= 4 && r.x.definition.includes(phrase)));
    }
    return ranked;
  };
  return (query, limit = 20) => {
    const q = squash(aliasKey(query)).slice(0, 100);
    if (!q) return [];
    const named = namedPart(q);
    // The asking words set aside, when that finds something; else the query as typed.
    let ranked = named !== q ? rank(named) : [];
    if (!ranked.length) ranked = rank(q);
    return ranked.slice(0, limit).map((r) => r.x.entry);
  };
}

/**
 * How a search for `query` found `entry` when not by its name: the alias, abbreviation or
 * related form the query names ("leaky gut" for gut barrier), and whether it is another way
 * of writing the entry or a form the entry only relates to ("FOXP3" for Tregs).
 */
export function foundAs(entry: Entry, query: string): { form: string; kind: 'alias' | 'related' } | undefined {
  const q = namedPart(squash(aliasKey(query)).slice(0, 100));
  if (!q) return undefined;
  const key = (s: string) => squash(aliasKey(s));
  const named = (s: string) => key(s) === q || key(s).startsWith(q) || key(s).includes(` ${q}`);
  if (named(entry.term)) return undefined;
  const form = formsOf(entry).find((f) => key(f.text) === q) ?? formsOf(entry).find((f) => named(f.text));
  if (form) return { form: form.text, kind: 'alias' };
  const refused = entry.excluded.find((x) => key(x.form) === q);
  return refused ? { form: refused.form, kind: 'related' } : undefined;
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
