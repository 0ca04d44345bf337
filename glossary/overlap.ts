/**
 * Finds runs of words that a text shares with a source, so the glossary can check that it
 * says things in its own words. Pure: no DOM, no `browser`.
 *
 * Words are compared lower-cased, with typography folded (curly quotes, dashes) and
 * punctuation ignored: "gut-brain" and "gut brain" are the same two words.
 */
import { canonical } from './normalize.ts';

/** The words of a text, lower-cased, punctuation dropped. */
export function wordList(text: string): string[] {
  return canonical(text).toLowerCase().replace(/'/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of `n` consecutive words in the source, as a set of keys. */
export function wordRuns(source: string, n: number): Set<string> {
  const w = wordList(source);
  const runs = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  return runs;
}

/**
 * The runs of at least `n` words that `text` shares with the source runs (built by
 * `wordRuns(source, n)`), each as the longest shared stretch of the text's words.
 */
export function sharedRuns(text: string, sourceRuns: ReadonlySet<string>, n: number): string[] {
  const w = wordList(text);
  const found: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + n <= w.length; i++) {
    if (!sourceRuns.has(w.slice(i, i + n).join(' '))) continue;
    if (start >= 0 && i <= end) end = i + n;
    else {
      if (start >= 0) found.push(w.slice(start, end).join(' '));
      start = i;
      end = i + n;
    }
  }
  if (start >= 0) found.push(w.slice(start, end).join(' '));
  return found;
}
