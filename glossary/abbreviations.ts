/**
 * Abbreviations a text defines for itself, found with the Schwartz–Hearst algorithm
 * (Schwartz & Hearst, "A simple algorithm for identifying abbreviation definitions in
 * biomedical text", PSB 2003). Pure: no DOM, no `browser`.
 *
 * Two shapes are recognised: "long form (SF)" and "SF (long form)". A candidate short form
 * is one word of 2–10 characters that starts with a letter or digit and holds an upper-case
 * letter; the long form is the shortest run of preceding words in which every letter and
 * digit of the short form appears in order, its first character at the start of a word.
 * Bracketed asides that are not abbreviations ("(n = 12)", "(p < 0.05)", "(Figure 2)",
 * "(2019)", "(Smith et al., 2019)") fail those tests and are skipped.
 */

export interface AbbreviationDefinition {
  /** The short form as written: "CD". */
  short: string;
  /** The long form as written: "Crohn's disease". */
  long: string;
  /** UTF-16 offset of the opening bracket of the definition. */
  at: number;
  /** Text right after the closing bracket up to the next word end, when the bracket sits mid-term: "cells" in "natural killer (NK) cells". */
  next: string;
}

const MAX_SHORT = 10;
/** How far back a long form may start, in characters (a long form is a few words). */
const MAX_BEHIND = 200;
const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);

/** Whether `s` can be a short form: one word, 2–10 characters, first a letter or digit, an upper-case letter somewhere. */
export function isShortFormCandidate(s: string): boolean {
  return (
    s.length >= 2 &&
    s.length <= MAX_SHORT &&
    !/\s/.test(s) &&
    isAlnum(s[0]) &&
    /\p{Lu}/u.test(s) &&
    // Letters, digits and the joiners abbreviations use ("IL-10", "T1D", "MHC-II", "Mφ").
    /^[\p{L}\p{N}][\p{L}\p{N}\-+/.']*$/u.test(s)
  );
}

/**
 * The shortest suffix of `candidate` (whole words) whose characters spell `short` in order,
 * the first character of `short` at the start of a word; null if there is none. This is the
 * core of Schwartz–Hearst, right to left.
 */
export function bestLongForm(short: string, candidate: string): string | null {
  let s = short.length - 1;
  let l = candidate.length - 1;
  for (; s >= 0; s--) {
    const c = short[s]!.toLowerCase();
    if (!isAlnum(c)) continue;
    while (l >= 0 && (candidate[l]!.toLowerCase() !== c || (s === 0 && l > 0 && isAlnum(candidate[l - 1])))) l--;
    if (l < 0) return null;
    l--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  return candidate.slice(start);
}

/**
 * The last words of `candidate` whose initials spell `short` ("experimental autoimmune
 * encephalomyelitis" for "EAE", where the character search alone settles for the last word).
 */
function byInitials(short: string, candidate: string): string | null {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  if (/\p{Ll}/u.test(short.replace(/s$/, '')) || letters.length < 2) return null; // only all-capital forms ("EAE", "DCs")
  const want = short.endsWith('s') && /\p{Lu}/u.test(short.at(-2) ?? '') ? letters.slice(0, -1) : letters;
  const ws = candidate.split(' ');
  if (ws.length < want.length) return null;
  const tail = ws.slice(-want.length);
  return tail.every((w, i) => w[0]?.toLowerCase() === want[i]) ? tail.join(' ') : null;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** A found long form is kept only when it is longer than the short form, not the short form itself, and a few words at most. */
function plausible(short: string, long: string): boolean {
  const n = words(long).length;
  return (
    long.length > short.length &&
    n <= Math.min(short.length + 5, short.length * 2) &&
    !words(long).some((w) => w === short) &&
    /\p{L}/u.test(long)
  );
}

/** A bracket's content longer than this is prose, not a definition. */
const MAX_INSIDE = 400;

/** Balanced bracket pairs as [open, close], in order of their opening, found in one pass. */
function bracketPairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  for (const m of text.matchAll(/[()]/g)) {
    if (m[0] === '(') open.push(m.index);
    else if (open.length) {
      const start = open.pop()!;
      if (m.index - start <= MAX_INSIDE) pairs.push([start, m.index]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** The text before `open` that may hold a long form: back to the start of the clause (a sentence end, a semicolon, colon or comma, another bracket). */
function clauseBefore(text: string, open: number): string {
  const from = Math.max(0, open - MAX_BEHIND);
  let cut = open;
  for (; cut > from; cut--) {
    const c = text[cut - 1]!;
    if (c === '(' || c === ')' || c === '[' || c === ']') break;
    if ('.!?;:,'.includes(c) && cut < open && /\s/.test(text[cut]!)) break;
  }
  return text.slice(cut, open).replace(/\s+/g, ' ').trim();
}

/** The first part of a bracket's content: before a ";" or ", " ("(CD; ref. 3)", "(IBD, 2019)"), nested brackets dropped. */
function firstPart(inside: string): string {
  const flat = inside.replace(/\([^()]*\)/g, ' ');
  return flat.split(/;|,\s/)[0]!.replace(/\s+/g, ' ').trim();
}

/** Every abbreviation `text` defines, in order of appearance. */
export function findDefinitions(text: string): AbbreviationDefinition[] {
  const out: AbbreviationDefinition[] = [];
  for (const [open, close] of bracketPairs(text)) {
    const inside = firstPart(text.slice(open + 1, close));
    if (!inside) continue;
    const next = /^ ([\p{L}\p{N}][\p{L}\p{N}\-']*)/u.exec(text.slice(close + 1, close + 40))?.[1] ?? '';
    const clause = clauseBefore(text, open);
    if (isShortFormCandidate(inside)) {
      // "long form (SF)": the long form is among the last few words before the bracket.
      const candidate = words(clause).slice(-Math.min(inside.length + 5, inside.length * 2)).join(' ');
      const long = candidate ? (byInitials(inside, candidate) ?? bestLongForm(inside, candidate)) : null;
      if (long !== null && plausible(inside, long)) out.push({ short: inside, long, at: open, next });
      continue;
    }
    // "SF (long form)": the short form is the word right before the bracket.
    const short = /([\p{L}\p{N}][\p{L}\p{N}\-+/.']*)$/u.exec(clause)?.[1]?.replace(/[.']+$/, '');
    if (short === undefined || !isShortFormCandidate(short) || words(inside).length < 2) continue;
    const long = bestLongForm(short, inside);
    // The whole bracket must be the long form: "IBD (investment banking division)", not "IBD (n = 40)".
    if (long !== null && long === inside && plausible(short, long)) out.push({ short, long, at: open, next: '' });
  }
  return out;
}
