/**
 * Reading a PDF's text as a person does. A PDF's text layer holds the text as the page was
 * typeset: words hyphenated at the end of a line ("micro-⏎biome") and ligature characters
 * (ﬁ, ﬂ) where the font drew one glyph for two letters. The matcher is given the text with
 * both folded back into words, and its matches are mapped onto the text as it stands, so
 * the text layer itself is never changed. Pure: no DOM, no `browser`.
 */
import type { Match, Matcher } from './matcher';

/** Ligature characters and the letters they stand for. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/**
 * A hyphen (hyphen-minus, hyphen, soft hyphen) at the end of a line, between a letter and
 * the letter that starts the next line. The line break is a newline, as the reader's text
 * layer writes it; spaces around it are part of the break.
 */
const LINE_BREAK_HYPHEN = /(?<=\p{L})[-\u2010\u00AD][ \t]*\n[ \t]*(?=\p{L})/u;

/** Text folded for matching, with the way back: `origin[i]` is the index in the original text of folded character `i`. */
export interface FoldedText {
  text: string;
  origin: number[];
}

/**
 * `text` with ligatures spelled out and hyphenated line breaks joined. `keepHyphen` joins
 * a break by keeping its hyphen ("gut-⏎brain" → "gut-brain", a compound broken at its own
 * hyphen) instead of dropping it ("micro-⏎biome" → "microbiome").
 */
export function foldPdfText(text: string, keepHyphen = false): FoldedText {
  let out = '';
  const origin: number[] = [];
  const breaks = new Map<number, number>(); // start of a break → its end
  for (const m of text.matchAll(new RegExp(LINE_BREAK_HYPHEN, 'gu'))) breaks.set(m.index, m.index + m[0].length);
  for (let i = 0; i < text.length; ) {
    const end = breaks.get(i);
    if (end !== undefined) {
      if (keepHyphen) {
        out += '-';
        origin.push(i);
      }
      i = end;
      continue;
    }
    const ch = text[i]!;
    const letters = LIGATURES[ch] ?? ch;
    for (const l of letters) {
      out += l;
      origin.push(i);
    }
    i++;
  }
  return { text: out, origin };
}

/** Whether `text` holds anything `foldPdfText` would change. */
function needsFolding(text: string): boolean {
  return /[\uFB00-\uFB06]/.test(text) || LINE_BREAK_HYPHEN.test(text);
}

/** `base`'s matches in the folded text, mapped back onto `text`. */
function findFolded(base: Matcher, folded: FoldedText): Match[] {
  return base.find(folded.text).map((m) => ({ ...m, start: folded.origin[m.start]!, end: folded.origin[m.end - 1]! + 1 }));
}

/**
 * The matcher for a PDF's text layer: `base`, reading hyphenated line breaks and ligatures
 * as one word. A term broken at a line's hyphen is tried both ways (the hyphen a line
 * break added, or the word's own); where both match, the longer match wins.
 */
export function pdfTextMatcher(base: Matcher): Matcher {
  return {
    formCount: base.formCount,
    find(text) {
      if (!needsFolding(text)) return base.find(text);
      const joined = findFolded(base, foldPdfText(text));
      if (!LINE_BREAK_HYPHEN.test(text)) return joined;
      return longestFirst([...joined, ...findFolded(base, foldPdfText(text, true))]);
    },
  };
}

/**
 * Where `query` occurs in `text`, read as `pdfTextMatcher` reads it (hyphenated line
 * breaks joined, ligatures spelled out), ignoring case, any whitespace matching any:
 * offsets into `text` as it stands.
 */
export function findInText(text: string, query: string): { start: number; end: number }[] {
  const words = foldPdfText(query).text.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  const hits = (folded: FoldedText) =>
    [...folded.text.matchAll(pattern)].filter((m) => m[0]).map((m) => ({ start: folded.origin[m.index]!, end: folded.origin[m.index + m[0].length - 1]! + 1 }));
  const found = hits(foldPdfText(text));
  // A compound broken at its own hyphen ("gut-⏎brain") is found as written, too.
  if (!LINE_BREAK_HYPHEN.test(text)) return found;
  return longestFirst([...found, ...hits(foldPdfText(text, true))]);
}

/** `ranges` without overlaps, in order: where two overlap, the one starting first (then the longer) stays. */
function longestFirst<R extends { start: number; end: number }>(ranges: R[]): R[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: R[] = [];
  for (const r of ranges) if (!out.length || r.start >= out[out.length - 1]!.end) out.push(r);
  return out;
}

/** Each page's mentions of every entry (by the matcher's ids), pages in order. */
export function termsByPage(matcher: Matcher, texts: readonly string[]): Map<string, number>[] {
  return texts.map((text) => {
    const counts = new Map<string, number>();
    for (const m of matcher.find(text)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    return counts;
  });
}
