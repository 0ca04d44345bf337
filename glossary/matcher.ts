/**
 * Finds glossary forms in plain text. Pure: no DOM, no `browser`, no mark.js.
 *
 * All forms are compiled once into one case-insensitive RegExp shaped as a trie (shared
 * prefixes factored, longer continuations tried first), so the longest form wins at a
 * position and a failed word boundary backtracks to a shorter form. Case-sensitive
 * abbreviations ("IBD", "Tregs") are checked in JS after each match.
 *
 * Text is first folded (see `fold`) so one form matches NBSP, soft hyphens, dashes and
 * curly apostrophes; offsets are mapped back to the original string. Between two characters
 * of a form, any run of spaces/hyphens matches any run ("gut-brain axis" = "gut brain axis"
 * = "gut–brain\naxis" = "gut-\nbrain axis"), with an abbreviation in brackets allowed in the run
 * ("natural killer (NK) cells").
 *
 * Limitations: the case-insensitive lookup key uses per-code-point toLowerCase(), which
 * disagrees with RegExp case folding for a few letters (final sigma, long s): such matches
 * are dropped, never mis-attributed. NFD clusters that do not compose to one code point
 * match only forms written the same way. Forms containing U+0000 are ignored.
 */
import { aliasKey, canonical, isApostrophe, isDash, isInvisible, isSpace } from './normalize.ts';

/** One form to find on pages. */
export interface MatchForm { text: string; caseSensitive: boolean }
/** What the content script receives per entry: the id and its forms (no definitions). */
export interface MatchEntry { id: string; forms: readonly MatchForm[] }
/** UTF-16 offsets into the original text passed to `find()`; `end` is exclusive. */
export interface Match { start: number; end: number; id: string }
/** The id of an entry whose forms are phrases to leave unmarked: found, so nothing shorter inside them matches, then dropped. */
export const UNMARKED = '';
export interface Matcher {
  find(text: string): Match[];
  /** Distinct forms compiled (case-insensitively distinct, after overrides). */
  readonly formCount: number;
}

const W = '[\\p{L}\\p{M}\\p{N}_]';
/** Not right after a letter, digit, combining mark or underscore. */
const BEFORE = `(?<!${W})`;
/** Not right before a word character, nor inside a longer token: "CD70-2", "IL-10.5", "IBD/UC". */
const AFTER = `(?!${W}|[-.]\\p{N}|/[\\p{L}\\p{N}])`;
const AFTER_Y = new RegExp(AFTER, 'uy');
/** Case-sensitive forms must not continue a hyphenated token: "ABC-FMT", "anti-CD70", "non-IBD". */
const HYPHEN_PREFIX_Y = new RegExp(`(?<=${W}-)`, 'uy');
/** A run of spaces/hyphens between two other characters of a form: matches any such run. */
const SEP = '\u0000';
/**
 * An abbreviation in brackets inside a term reads as the gap between its words: "natural
 * killer (NK) cells", "interleukin (IL)-10", "T helper (Th) 17 cells" are the whole term.
 */
const BRACKETED = '\\([a-z][a-z0-9]{0,9}\\)';
const SEP_PATTERN = `(?:[ -]+${BRACKETED})?[ -]+`;
const SEP_RUN = new RegExp(SEP_PATTERN, 'i');

/**
 * One code point in lower case, never changing its length (so offsets still map), with the
 * final sigma folded to σ. Text and forms are both lowered this way, so the RegExp needs no
 * `i` flag: case-insensitive Unicode patterns cost V8 about five times more to compile, and
 * twice as much to run.
 */
const lowerCp = (c: string): string => {
  if (c === 'ς') return 'σ';
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
};
/** `lowerCp` over a whole string; ASCII (most text) takes the fast path. */
const lowerAll = (s: string): string => {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of s) out += lowerCp(c);
  return out;
};

/**
 * Tokens of folded text: code points, with each inner run of spaces/hyphens as SEP; leading
 * or trailing runs stay literal (a form "-ase" must not match "ase").
 */
function tokens(s: string, lower: boolean): string[] {
  const first = s.search(/[^ -]/);
  if (first < 0) return [...s];
  const last = s.length - (/[ -]*$/.exec(s)?.[0].length ?? 0);
  const out: string[] = [...s.slice(0, first)];
  for (const part of s.slice(first, last).split(SEP_RUN)) {
    if (out.length > first) out.push(SEP);
    for (const c of part) out.push(lower ? lowerCp(c) : c);
  }
  out.push(...s.slice(last));
  return out;
}
const key = (s: string, lower: boolean): string => tokens(s, lower).join('');

const MARKS_Y = /\p{M}+/uy;

/**
 * Folds text like `canonical()` but keeps a map: folded unit i comes from original
 * [from[i], to[i]). Invisible characters are dropped, dashes become '-', apostrophes "'",
 * whitespace runs one ' '. NFC is not applied to the whole text (it would break the map);
 * instead a base letter followed by combining marks (NFD "e\u0301") is replaced by its NFC
 * form when that is a single code point, mapped to the whole cluster. Other clusters are
 * kept as they are (and so match only forms written the same way).
 */
function fold(text: string): { s: string; from: Uint32Array; to: Uint32Array } {
  const n = text.length;
  const from = new Uint32Array(n);
  const to = new Uint32Array(n);
  const parts: string[] = [];
  let k = 0;
  let lastSpace = false;
  const emit = (ch: string, a: number, b: number) => { parts.push(ch); from[k] = a; to[k] = b; k++; lastSpace = ch === ' '; };
  for (let i = 0; i < n; ) {
    // Fast path: a run of characters that fold to themselves (single spaces included).
    let j = i;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d === 32 ? j === i || text.charCodeAt(j - 1) === 32 : d < 33 || d >= 0x2b0 || d === 0xa0 || d === 0xad || d === 0x60 || d === 0xb4) break;
      if (j + 1 < n && text.charCodeAt(j + 1) >= 0x300) break; // may carry combining marks
    }
    if (j > i) {
      parts.push(text.slice(i, j));
      for (; i < j; i++, k++) { from[k] = i; to[k] = i + 1; }
      lastSpace = text.charCodeAt(j - 1) === 32;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isInvisible(c)) { i++; continue; }
    if (isSpace(c)) {
      if (lastSpace) to[k - 1] = i + 1;
      else emit(' ', i, i + 1);
      i++; continue;
    }
    if (isDash(c)) { emit('-', i, i + 1); i++; continue; }
    if (isApostrophe(c)) { emit("'", i, i + 1); i++; continue; }
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    j = i + len;
    if (j < n && text.charCodeAt(j) >= 0x300) {
      MARKS_Y.lastIndex = j;
      if (MARKS_Y.test(text)) j = MARKS_Y.lastIndex;
    }
    const composed = j > i + len ? text.slice(i, j).normalize('NFC') : '';
    if (composed !== '' && composed.length === (composed.codePointAt(0)! > 0xffff ? 2 : 1)) {
      for (const u of composed.length === 2 ? [composed[0]!, composed[1]!] : [composed]) emit(u, i, j);
    } else {
      for (let u = i; u < j; u++) emit(text[u]!, u, u + 1);
    }
    i = j;
  }
  return { s: parts.join(''), from, to };
}

const MARK = /\p{M}/u;

/**
 * `fold` for text whose folding keeps every offset (most prose: no invisible character, no
 * run of spaces, no combining mark; single spaces, dashes and apostrophes are replaced one
 * for one). Returns the folded text, or null when `fold` and its offset maps are needed.
 * One pass of char codes: building the maps cost more than the RegExp on such text.
 */
function foldKeepingOffsets(text: string): string | null {
  let out = '';
  let from = 0;
  let prevSpace = false;
  for (let j = 0; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d > 32 && d < 0x2b0 && d !== 0xa0 && d !== 0xad && d !== 0x60 && d !== 0xb4) {
      prevSpace = false;
      continue;
    }
    let r: string | null = null;
    if (isSpace(d)) {
      if (prevSpace) return null;
      prevSpace = true;
      if (d !== 32) r = ' ';
    } else {
      prevSpace = false;
      if (isInvisible(d) || (d >= 0xd800 && d <= 0xdfff)) return null;
      if (isDash(d)) r = '-';
      else if (isApostrophe(d)) r = "'";
      else if (d >= 0x300 && MARK.test(text[j]!)) return null;
    }
    if (r !== null) {
      out += text.slice(from, j) + r;
      from = j + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

interface Trie { children: Map<string, Trie>; end: boolean; depth: number }
interface Owner { id: string; entry: number; anyCase: boolean; exact: Set<string> }

const SYNTAX = new Set('\\^$.*+?()[]{}|/');
const escapeCp = (c: string): string => (c === SEP ? SEP_PATTERN : SYNTAX.has(c) ? `\\${c}` : c);

/** The trie as a pattern, longest alternatives first; runs of single children are written in one go. */
function pattern(node: Trie): string {
  let run = '';
  while (node.children.size === 1 && !node.end) {
    const [c, child] = node.children.entries().next().value!;
    run += escapeCp(c);
    node = child;
  }
  if (node.children.size === 0) return run;
  const alts = [...node.children]
    .sort((a, b) => b[1].depth - a[1].depth)
    .map(([c, child]) => escapeCp(c) + pattern(child));
  if (node.end) alts.push('');
  return `${run}(?:${alts.join('|')})`;
}

/**
 * A glossary's forms compiled to plain (structured-cloneable) data: built once where the
 * glossary lives and handed to pages ready to use, so a page does not compile it again.
 */
export interface CompiledForms {
  /** The RegExp source (flags 'gu'), or null when there is no form. */
  pattern: string | null;
  /** Case-insensitive key of a form → its entry id, whether any case matches, and the exact-case keys. */
  owners: [key: string, id: string, anyCase: boolean, exact: string[]][];
}

export function compileMatcher(entries: readonly MatchEntry[]): Matcher {
  return matcherFrom(compileForms(entries));
}

export function compileForms(entries: readonly MatchEntry[]): CompiledForms {
  const owners = new Map<string, Owner>();
  entries.forEach((entry, index) => {
    for (const form of entry.forms) {
      if (aliasKey(form.text).length < 2 || form.text.includes(SEP)) continue;
      const text = canonical(form.text);
      const ci = key(text, true);
      let owner = owners.get(ci);
      // A later entry claiming the same form replaces the earlier one (user entries override built-ins).
      if (owner === undefined || owner.entry !== index) {
        owner = { id: entry.id, entry: index, anyCase: false, exact: new Set() };
        owners.set(ci, owner);
      }
      if (form.caseSensitive) owner.exact.add(key(text, false));
      else owner.anyCase = true;
    }
  });
  const root: Trie = { children: new Map(), end: false, depth: 0 };
  for (const ci of owners.keys()) {
    const path: Trie[] = [root];
    let node = root;
    for (const t of ci) {
      let next = node.children.get(t);
      if (next === undefined) node.children.set(t, (next = { children: new Map(), end: false, depth: 0 }));
      path.push((node = next));
    }
    node.end = true;
    path.forEach((p, d) => { p.depth = Math.max(p.depth, path.length - 1 - d); });
  }
  return {
    pattern: owners.size > 0 ? `${BEFORE}${pattern(root)}${AFTER}` : null,
    owners: [...owners].map(([k, o]) => [k, o.id, o.anyCase, [...o.exact]]),
  };
}

/** The matcher for forms compiled by `compileForms` (here or elsewhere). Throws on a pattern that is not a RegExp. */
export function matcherFrom(compiled: CompiledForms): Matcher {
  const owners = new Map<string, { id: string; anyCase: boolean; exact: Set<string> }>();
  for (const [k, id, anyCase, exact] of compiled.owners) owners.set(k, { id, anyCase, exact: new Set(exact) });
  const re = compiled.pattern !== null ? new RegExp(compiled.pattern, 'gu') : null;

  /** The entry whose form is exactly s[p, e), with its case and hyphen-prefix rules. */
  const resolve = (s: string, p: number, e: number): string | undefined => {
    const slice = s.slice(p, e);
    const owner = owners.get(key(slice, true));
    if (owner === undefined) return undefined;
    if (owner.anyCase) return owner.id;
    if (!owner.exact.has(key(slice, false))) return undefined;
    HYPHEN_PREFIX_Y.lastIndex = p;
    return HYPHEN_PREFIX_Y.test(s) ? undefined : owner.id;
  };

  return {
    formCount: owners.size,
    find(text: string): Match[] {
      if (re === null || text.length === 0) return [];
      const same = foldKeepingOffsets(text);
      const folded = same === null ? fold(text) : null;
      const s = folded ? folded.s : same!;
      const lower = lowerAll(s);
      const out: Match[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
        const p = m.index;
        // The regex found the longest form at p that passes the boundaries; if its case (or
        // hyphen prefix) is wrong, try the shorter forms ending inside it at a word boundary.
        let hit: { end: number; id: string } | undefined;
        for (let e = p + m[0].length; e > p && hit === undefined; e--) {
          const c = s.charCodeAt(e);
          if (c >= 0xdc00 && c <= 0xdfff) continue;
          AFTER_Y.lastIndex = e;
          if (e < p + m[0].length && !AFTER_Y.test(s)) continue;
          const id = resolve(s, p, e);
          if (id !== undefined) hit = { end: e, id };
        }
        if (hit !== undefined) {
          if (hit.id !== UNMARKED)
            out.push(folded ? { start: folded.from[p]!, end: folded.to[hit.end - 1]!, id: hit.id } : { start: p, end: hit.end, id: hit.id });
          re.lastIndex = hit.end;
        } else {
          // Nothing valid starts at p: resume one code point later.
          re.lastIndex = p + (s.codePointAt(p)! > 0xffff ? 2 : 1);
        }
      }
      return out;
    },
  };
}
