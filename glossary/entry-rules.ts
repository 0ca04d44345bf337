/**
 * The rules between the entries of one glossary: ids unique, sections and references
 * resolve, no form claimed by two entries (after folding case and typography), none listed
 * twice in one entry. Checked once, here, for the built-in data, the combined glossary
 * and the reader's own entries; each problem comes back as data, and whoever reports it
 * words it (crossCheck below for the log, validateUserEntries for the reader).
 * Pure: no DOM, no `browser`.
 */
import { aliasKey } from './normalize.ts';
import { formSources, type Entry } from './schema.ts';

/** One broken rule: the entry (its place in the list and its id), the field, and what is wrong. */
export type RuleProblem = { index: number; id: string; field: string } & (
  | { rule: 'id-taken'; firstIndex: number }
  | { rule: 'unknown-section'; section: string }
  | { rule: 'related-self' }
  | { rule: 'unknown-related'; related: string }
  | { rule: 'form-taken'; form: string; other: { index: number; text: string; id: string } }
  | { rule: 'form-repeated'; form: string; first: string }
);

export interface RuleOptions {
  /** The FAQ sections an entry may name. */
  sectionIds: readonly string[];
  /** Ids `related` may name besides the entries' own; null accepts any id. Default: none. */
  relatedIds?: ReadonlySet<string> | null;
  /** Forms (aliasKey) of some entries, by id, that are not matched on pages, so they claim nothing (combine.ts). */
  unmatched?: Unmatched;
}

/** Per entry id: the forms (aliasKey) it keeps but is not matched by, because a reader's entry of that name is shown instead. */
export type Unmatched = ReadonlyMap<string, ReadonlySet<string>>;

/** Every broken rule among `entries`; `index` is each entry's place in the caller's list (default: its position). */
export function checkRules(entries: readonly Entry[], options: RuleOptions, indexes?: readonly number[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const at = (i: number) => indexes?.[i] ?? i;
  const ids = new Set(entries.map((e) => e.id));
  const extra = options.relatedIds === undefined ? new Set<string>() : options.relatedIds;
  const resolves = (id: string) => extra === null || ids.has(id) || extra.has(id);
  const sections = new Set(options.sectionIds);
  const idOwner = new Map<string, number>();
  const formOwner = new Map<string, { index: number; text: string; id: string }>();
  entries.forEach((e, i) => {
    const index = at(i);
    const base = { index, id: e.id };
    const first = idOwner.get(e.id);
    if (first !== undefined) problems.push({ ...base, field: 'id', rule: 'id-taken', firstIndex: first });
    else idOwner.set(e.id, index);
    if (e.section !== undefined && !sections.has(e.section)) problems.push({ ...base, field: 'section', rule: 'unknown-section', section: e.section });
    e.related.forEach((r, k) => {
      if (r === e.id) problems.push({ ...base, field: `related[${k}]`, rule: 'related-self' });
      else if (!resolves(r)) problems.push({ ...base, field: `related[${k}]`, rule: 'unknown-related', related: r });
    });
    const own = new Map<string, string>();
    const skip = options.unmatched?.get(e.id);
    for (const f of formSources(e)) {
      const key = aliasKey(f.text);
      if (skip?.has(key)) continue;
      const other = formOwner.get(key);
      if (other && other.index !== index) {
        problems.push({ ...base, field: f.field, rule: 'form-taken', form: f.text, other });
        continue;
      }
      const mine = own.get(key);
      // A term may repeat as a case-sensitive abbreviation ("CD70"): that is how its case is kept.
      if (mine !== undefined && f.text !== e.term && !f.caseSensitive) problems.push({ ...base, field: f.field, rule: 'form-repeated', form: f.text, first: mine });
      formOwner.set(key, { index, text: f.text, id: e.id });
      own.set(key, f.text);
    }
  });
  return problems;
}

/** A broken rule as the log reports it: which entry (by id), which field, what is wrong. */
export interface GlossaryProblem {
  entry: string;
  field: string;
  message: string;
}

function logMessage(p: RuleProblem): string {
  switch (p.rule) {
    case 'id-taken':
      return `the id "${p.id}" is used twice`;
    case 'unknown-section':
      return `no FAQ section has the id "${p.section}"`;
    case 'related-self':
      return 'an entry cannot be related to itself';
    case 'unknown-related':
      return `no entry has the id "${p.related}"`;
    case 'form-taken':
      return `"${p.form}" is already a form of "${p.other.id}"`;
    case 'form-repeated':
      return `"${p.form}" is listed twice`;
  }
}

/** Checks a whole glossary (every `related` resolving inside it), worded for the log. */
export function crossCheck(entries: readonly Entry[], sectionIds: readonly string[], unmatched?: Unmatched): GlossaryProblem[] {
  return checkRules(entries, { sectionIds, ...(unmatched ? { unmatched } : {}) }).map((p) => ({ entry: p.id, field: p.field, message: logMessage(p) }));
}

/**
 * The first entry with each id and each form (folded as aliasKey); every later entry that
 * repeats either is skipped, with what it repeats. `formOwner` maps each kept form to its entry.
 */
export function firstOfEach(entries: readonly Entry[]) {
  const kept: Entry[] = [];
  const ids = new Set<string>();
  const formOwner = new Map<string, string>();
  const skipped: { index: number; entry: Entry; repeats: 'id' | 'form'; of: string }[] = [];
  entries.forEach((e, index) => {
    const keys = [...new Set(formSources(e).map((f) => aliasKey(f.text)))];
    const clash = keys.find((k) => formOwner.has(k));
    if (ids.has(e.id)) skipped.push({ index, entry: e, repeats: 'id', of: e.id });
    else if (clash !== undefined) skipped.push({ index, entry: e, repeats: 'form', of: formOwner.get(clash)! });
    else {
      ids.add(e.id);
      for (const k of keys) formOwner.set(k, e.id);
      kept.push(e);
    }
  });
  return { kept, formOwner, skipped };
}
