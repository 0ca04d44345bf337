/**
 * Flesch–Kincaid grade level of plain English text, so the glossary's own test can hold
 * definitions to a reading level. Pure: no DOM, no `browser`.
 *
 * grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59
 *
 * Syllables are estimated from groups of vowels, as most readability tools do; the estimate
 * is off by one on some words, which averages out over a sentence.
 */

/** Sentences: text ending in . ! or ? before a capital letter, a quote or the end. "E. coli" is one sentence. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9‘“"'(])/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words: runs of letters, digits, apostrophes and inner hyphens ("short-chain" is one word). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Estimated syllables of one word: vowel groups, less a silent final "e", at least one per part. */
export function syllables(word: string): number {
  return word
    .toLowerCase()
    .split(/[-'’]/)
    .reduce((sum, part) => sum + partSyllables(part), 0);
}

function partSyllables(part: string): number {
  if (/^\d+$/.test(part)) return part.length; // "500" read as digits is rare; one per digit is close enough
  if (!/[a-z]/.test(part)) return 1; // an abbreviation or a symbol
  if (part.length <= 3) return 1;
  let w = part.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^aeiouy]e)$/, ''); // silent endings: "makes", "named", "cake"
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  // A consonant plus "le" at the end is a syllable of its own ("little", "able").
  const le = /[^aeiouy]le$/.test(part) ? 1 : 0;
  return Math.max(1, groups + le);
}

/** The Flesch–Kincaid grade of a text (0 for a text with no words). */
export function fleschKincaidGrade(text: string): number {
  const ws = words(text);
  if (ws.length === 0) return 0;
  const n = Math.max(1, sentences(text).length);
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (ws.length / n) + 11.8 * (syl / ws.length) - 15.59;
}
