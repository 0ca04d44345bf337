/**
 * Problems found in a reader's glossary file or list of entries, as data: which entry,
 * which field, and a sentence for the reader. The options page lists them; the log gets
 * them as lines. Pure: no DOM, no `browser`.
 */

/**
 * One problem in a file or a list of entries. `entry` is the 0-based index into `entries`
 * (the message counts from 1, as readers do), `field` the path inside that entry
 * ("aliases[2]") or at the top level ("version").
 */
export interface ImportError {
  entry?: number | string;
  field?: string;
  message: string;
}

/** Problems listed at most; one more line says how many were left out. */
export const MAX_REPORTED_ERRORS = 50;

/** Collects problems up to MAX_REPORTED_ERRORS; `list()` ends with how many were left out. */
export function problemList() {
  const errors: ImportError[] = [];
  let dropped = 0;
  return {
    add(entry: number | undefined, field: string | undefined, message: string) {
      if (errors.length >= MAX_REPORTED_ERRORS) dropped++;
      else errors.push({ ...(entry === undefined ? {} : { entry }), ...(field ? { field } : {}), message });
    },
    get count() {
      return errors.length + dropped;
    },
    list(): ImportError[] {
      return dropped ? [...errors, { message: `…and ${dropped} more problem${dropped === 1 ? '' : 's'}.` }] : errors;
    },
  };
}

/** Problems as log text: one per line, under a heading. */
export function logText(heading: string, problems: readonly ImportError[]): string {
  return `${heading}\n${problems.map((p) => p.message).join('\n')}`;
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
