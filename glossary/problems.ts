/**
 * Problems found in a reader's glossary file or list of entries, as data: which entry,
 * which field, and a sentence for the reader. The options page lists them; the log gets
 * them as lines. Pure: no DOM, no `browser`.
 */

/**
 * One problem in a file or a list of entries. `entry` is the 0-based index into `entries`
 * (the message counts from 1, as readers do), `field` the path inside that entry
 * ("aliases[2]") or at the top level ("version"). `kind: 'not-a-glossary'` marks a file
 * that is no glossary file at all (a CSV, a picture, a PDF): the page then points to the format.
 */
export interface ImportError {
  entry?: number | string;
  field?: string;
  message: string;
  kind?: 'not-a-glossary';
}

/** Problems shown at most; one more line says how many were left out. All are always counted. */
export const MAX_SHOWN_PROBLEMS = 50;

/**
 * Collects every problem. Files are read in one pass and every problem is kept, so fixing
 * what was listed never reveals more; only showing them is capped (shownProblems).
 */
export function problemList() {
  const errors: ImportError[] = [];
  return {
    add(entry: number | undefined, field: string | undefined, message: string) {
      errors.push({ ...(entry === undefined ? {} : { entry }), ...(field ? { field } : {}), message });
    },
    get count() {
      return errors.length;
    },
    /** Every problem, by entry (problems of the file as a whole first), in the order found within one entry. */
    list(): ImportError[] {
      const at = (e: ImportError) => (typeof e.entry === 'number' ? e.entry : -1);
      return errors.map((e, i) => ({ e, i })).sort((a, b) => at(a.e) - at(b.e) || a.i - b.i).map((x) => x.e);
    },
  };
}

/** The first `max` problems to show, and how many more there are ("…and 40 more problems."). */
export function shownProblems(problems: readonly ImportError[], max = MAX_SHOWN_PROBLEMS): { shown: readonly ImportError[]; more: number; moreText: string } {
  const more = Math.max(0, problems.length - max);
  return { shown: more ? problems.slice(0, max) : problems, more, moreText: more ? `…and ${more} more problem${more === 1 ? '' : 's'}.` : '' };
}

/** Problems as log text: one per line, under a heading; capped like the page's list. */
export function logText(heading: string, problems: readonly ImportError[]): string {
  const { shown, moreText } = shownProblems(problems);
  return `${heading}\n${[...shown.map((p) => p.message), ...(moreText ? [moreText] : [])].join('\n')}`;
}

/** A short, safe description of a value for a message: never the whole of a long string. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `text of ${value.length} characters` : JSON.stringify(value);
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
