/**
 * Typography folding shared by the matcher, the glossary validator and search.
 * Pure: no DOM, no `browser`.
 *
 * Real pages write the same term many ways: NBSP or a line break between words, a soft
 * hyphen inside a long word, en dashes for hyphens, curly apostrophes. Folding both the
 * glossary and the page text to one canonical form lets one alias match all of them.
 */

/*
 * The character classes folded below, as code-unit predicates: the matcher folds page
 * text one code unit at a time with the same ones, keeping a map back to the original.
 */

/** Invisible in rendered text: soft hyphen, zero-width space/joiners, word joiner, BOM. */
export const isInvisible = (c: number): boolean => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;

/** Whitespace, NBSP and line breaks included. */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;

/** Hyphens and dashes of every kind, folded to '-'. */
export const isDash = (c: number): boolean => (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;

/** Apostrophes and single quotes, folded to "'". */
export const isApostrophe = (c: number): boolean =>
  c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2bc || c === 0x2032 || c === 0xff07 || c === 0x60 || c === 0xb4;

/**
 * Canonical form of a glossary term or alias: NFC, invisible characters dropped, dashes
 * and apostrophes folded, whitespace runs collapsed to one space, trimmed. Case is kept.
 */
export function canonical(text: string): string {
  let out = '';
  let gap = false;
  for (const ch of text.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      gap = true;
      continue;
    }
    if (gap && out) out += ' ';
    gap = false;
    out += isDash(c) ? '-' : isApostrophe(c) ? "'" : ch;
  }
  return out;
}

/**
 * The key two forms share when a reader would call them the same word: canonical,
 * lower-cased, with hyphens and spaces between words treated alike ("gut-brain axis" =
 * "gut brain axis"). Used to detect an alias claimed by two entries and to look up a match.
 */
export function aliasKey(text: string): string {
  return canonical(text).toLowerCase().replace(/\s*-\s*|\s+/g, ' ');
}
