/**
 * Typography folding shared by the matcher, the glossary validator and search.
 * Pure: no DOM, no `browser`.
 *
 * Real pages write the same term many ways: NBSP or a line break between words, a soft
 * hyphen inside a long word, en dashes for hyphens, curly apostrophes. Folding both the
 * glossary and the page text to one canonical form lets one alias match all of them.
 */

/** Characters that are invisible in rendered text: soft hyphen, zero-width space/joiners, word joiner, BOM. */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_G = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Hyphens and dashes of every kind, folded to '-'. */
export const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const DASHES_G = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Apostrophes and single quotes, folded to "'". */
export const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\uFF07`´]/;
const APOSTROPHES_G = /[\u2018\u2019\u201B\u02BC\u2032\uFF07`´]/g;

/**
 * Canonical form of a glossary term or alias: NFC, invisible characters dropped, dashes
 * and apostrophes folded, whitespace runs collapsed to one space, trimmed. Case is kept.
 */
export function canonical(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE_G, '')
    .replace(DASHES_G, '-')
    .replace(APOSTROPHES_G, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key two forms share when a reader would call them the same word: canonical,
 * lower-cased, with hyphens and spaces between words treated alike ("gut-brain axis" =
 * "gut brain axis"). Used to detect an alias claimed by two entries and to look up a match.
 */
export function aliasKey(text: string): string {
  return canonical(text).toLowerCase().replace(/\s*-\s*|\s+/g, ' ');
}
