/**
 * Checking a list of raw entries as the reader's glossary, each problem worded for the
 * reader: every entry against EntrySchema and for invisible or control characters, then
 * the rules between entries (entry-rules.ts). Also what can still be used from a stored
 * list that no longer passes as a whole. Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import { checkRules, firstOfEach, type RuleProblem } from './entry-rules.ts';
import { aliasKey } from './normalize.ts';
import { describe, isPlainObject, problemList, type ImportError } from './problems.ts';
import { EntrySchema, LIMITS, type Entry } from './schema.ts';
import { shapeOf } from './schema-shape.ts';

export type ImportResult = { ok: true; entries: Entry[] } | { ok: false; errors: ImportError[] };

const ENTRY_FIELDS = Object.keys(EntrySchema.entries);
/**
 * Bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069): invisible, and they can make text display in a misleading order.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROL_G = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** "Entry 3 ("zonulin")": which entry, counted from 1, named by its id or term when it has one. */
export function entryLabel(input: unknown, index: number): string {
  const r = isPlainObject(input) ? input : {};
  const name = typeof r.id === 'string' && r.id.trim() ? r.id : typeof r.term === 'string' && r.term.trim() ? r.term : '';
  const short = name.length > 40 ? `${name.slice(0, 39)}…` : name;
  return `Entry ${index + 1}${short ? ` (“${short.replace(BIDI_CONTROL_G, '')}”)` : ''}`;
}

function fieldPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) out += typeof item.key === 'number' ? `[${item.key}]` : out ? `.${String(item.key)}` : String(item.key);
  return out;
}

/** A valibot issue as a reader-facing sentence about one field. */
function issueMessage(issue: v.BaseIssue<unknown>): { field: string; text: string } {
  const field = fieldPath(issue.path as { key: unknown }[] | undefined);
  const name = field || 'the entry';
  const last = issue.path?.[issue.path.length - 1];
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = String(last?.key ?? '');
    const allowed = issue.path && issue.path.length > 1 ? 'form, reason' : ENTRY_FIELDS.join(', ');
    return { field, text: `has an unknown field "${key}" (allowed fields: ${allowed})` };
  }
  if (issue.type === 'strict_object' && issue.input === undefined && last) return { field, text: `${name} is missing` };
  if (issue.type === 'strict_object') return { field, text: `${name} must be an object, not ${describe(issue.input)}` };
  if (issue.type === 'array') {
    const hint = typeof issue.input === 'string' ? ` (write a list such as ["one", "two"])` : '';
    return { field, text: `${name} must be a list, not ${describe(issue.input)}${hint}` };
  }
  if (issue.type === 'string') return { field, text: `${name} ${issue.message}, not ${describe(issue.input)}` };
  if (issue.type === 'max_length') {
    const size = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : null;
    return { field, text: `${name} ${issue.message}${size === null ? '' : ` (it has ${size})`}` };
  }
  if (issue.type === 'regex') return { field, text: `${name} ${issue.message}; ${describe(issue.input)} is not` };
  return { field, text: `${name} ${issue.message}` };
}

/**
 * Every text of a raw value where `schema` expects text, with its path ("excluded[0].form").
 * Follows the schema, so a field added to EntrySchema is covered without being listed here.
 * Lists are read no further than one item past the longest allowed.
 */
function textsBySchema(schema: v.GenericSchema, value: unknown, path: string, visit: (path: string, text: string) => void): void {
  const s = shapeOf(schema);
  if (s.type === 'string') {
    if (typeof value === 'string') visit(path, value);
  } else if (s.type === 'array' && s.item) {
    if (Array.isArray(value)) value.slice(0, LIMITS.aliases + 1).forEach((item, i) => textsBySchema(s.item!, item, `${path}[${i}]`, visit));
  } else if (s.entries && isPlainObject(value)) {
    for (const [key, field] of Object.entries(s.entries)) textsBySchema(field, value[key], path ? `${path}.${key}` : key, visit);
  }
}

/** Bidi and control characters in the text fields of one raw entry. */
function unsafeCharacters(input: Record<string, unknown>): { field: string; text: string }[] {
  const found: { field: string; text: string }[] = [];
  textsBySchema(EntrySchema, input, '', (field, value) => {
    const bidi = BIDI_CONTROL.exec(value);
    if (bidi)
      found.push({
        field,
        text: `${field} contains the invisible bidirectional control character U+${bidi[0].charCodeAt(0).toString(16).toUpperCase()}, which can make text display in a misleading order; remove it`,
      });
    const control = CONTROL.exec(value);
    if (control)
      found.push({
        field,
        text: `${field} contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}; remove it`,
      });
  });
  return found;
}

/** A broken rule between entries, worded for the reader; `mine` names the reader's current terms (negative indexes). */
function ruleMessage(p: RuleProblem, label: string, sectionIds: readonly string[], mine: readonly Entry[]): string {
  const alike = ' (they differ only in case, Unicode form, spacing or hyphens';
  switch (p.rule) {
    case 'id-taken':
      return `${label}: the id "${p.id}" is already used by entry ${p.firstIndex + 1}; ids must be unique.`;
    case 'unknown-section':
      return `${label}: section "${p.section}" is not a FAQ section (use one of: ${sectionIds.join(', ')}), or leave it out.`;
    case 'related-self':
      return `${label}: ${p.field} names the entry itself.`;
    case 'unknown-related':
      return `${label}: ${p.field} names "${p.related}", but no entry in this file${mine.length ? ', in your terms' : ''} or in the built-in glossary has that id.`;
    case 'form-taken': {
      const owner = p.other.index < 0 ? `your term “${mine[-p.other.index - 1]?.term ?? p.other.id}”` : `entry ${p.other.index + 1} (“${p.other.id}”)`;
      return `${label}: ${p.field} "${p.form}" is the same as "${p.other.text}" of ${owner}${p.other.text === p.form ? '' : `${alike}, so they match the same words)`}; a form can belong to one entry only.`;
    }
    case 'form-repeated':
      return `${label}: ${p.field} "${p.form}" repeats "${p.first}"${p.first === p.form ? '' : `${alike})`}.`;
  }
}

/**
 * What can be checked between entries of a raw entry that failed the schema: each field
 * that is valid on its own, and a placeholder, unique and matching nothing, for each that
 * is not. So a broken entry still has its term, forms and references checked against the
 * others in the same pass, and fixing the first problems never reveals new ones.
 */
function partialEntry(input: Record<string, unknown>, index: number): Entry {
  const fields = EntrySchema.entries;
  // A control character: valid text never holds one, so a placeholder equals no real form.
  const placeholder = (field: string) => `\u0000${index}:${field}`;
  const usable = <T,>(schema: v.GenericSchema<unknown, T>, value: unknown): T | undefined => {
    const r = v.safeParse(schema, value);
    return r.success ? r.output : undefined;
  };
  const list = (key: 'aliases' | 'abbreviations' | 'related'): string[] => {
    const value = input[key];
    const item = shapeOf(fields[key]).item as v.GenericSchema<unknown, string>;
    return Array.isArray(value) ? value.slice(0, LIMITS.aliases).map((x, i) => usable(item, x) ?? placeholder(`${key}[${i}]`)) : [];
  };
  const section = usable(fields.section, input.section);
  return {
    id: usable(fields.id, input.id) ?? placeholder('id'),
    term: usable(fields.term, input.term) ?? placeholder('term'),
    definition: '',
    ...(section === undefined ? {} : { section }),
    aliases: list('aliases'),
    abbreviations: list('abbreviations'),
    excluded: [],
    related: list('related'),
  };
}

/** The reader's current terms an import is merged into: those it does not replace (same id or term) stay and must not clash. */
function staying(mine: readonly Entry[], inputs: readonly unknown[]): Entry[] {
  const ids = new Set<string>();
  const terms = new Set<string>();
  for (const i of inputs) {
    if (!isPlainObject(i)) continue;
    if (typeof i.id === 'string') ids.add(i.id);
    if (typeof i.term === 'string') terms.add(aliasKey(i.term));
  }
  return mine.filter((e) => !ids.has(e.id) && !terms.has(aliasKey(e.term)));
}

export interface CheckOptions {
  /**
   * The reader's current terms, when `inputs` are to be merged into them: the ones that
   * stay are checked against the inputs (a form claimed twice), and may be named in `related`.
   */
  mergingInto?: readonly Entry[];
}

/**
 * Checks a list of raw entries as the reader's glossary: each against EntrySchema, then
 * across the list (ids unique, no form claimed twice after folding case and Unicode,
 * references resolve). `builtInIds` are further ids `related` may name; null accepts any
 * well-formed id there (the combined glossary drops references that resolve nowhere).
 * Every problem of every entry is found in one pass, sorted by entry. All or nothing,
 * like parseGlossaryFile. Never throws.
 */
export function validateUserEntries(
  inputs: readonly unknown[],
  builtInIds: ReadonlySet<string> | null,
  sectionIds: readonly string[],
  options: CheckOptions = {},
): ImportResult {
  if (!Array.isArray(inputs)) return { ok: false, errors: [{ message: `The entries must be a list, not ${describe(inputs)}.` }] };
  if (inputs.length > LIMITS.entries)
    return { ok: false, errors: [{ message: `There are ${inputs.length} entries; at most ${LIMITS.entries} are allowed.` }] };
  const problems = problemList();

  const valid: Entry[] = [];
  /** Every entry as far as it can be read, for the rules between entries. */
  const checkable: { entry: Entry; index: number }[] = [];
  /** "index field" of each field that already has a problem: reported once. */
  const reported = new Set<string>();
  inputs.forEach((input, index) => {
    const label = entryLabel(input, index);
    if (!isPlainObject(input)) {
      problems.add(index, undefined, `${label} must be an object with at least "id", "term" and "definition", not ${describe(input)}.`);
      return;
    }
    const unsafe = unsafeCharacters(input);
    for (const u of unsafe) {
      reported.add(`${index} ${u.field}`);
      problems.add(index, u.field, `${label}: ${u.text}.`);
    }
    const parsed = v.safeParse(EntrySchema, input);
    if (!parsed.success) {
      // One problem per field: an empty term is not also "shorter than two characters".
      for (const issue of parsed.issues) {
        const { field, text } = issueMessage(issue);
        if (reported.has(`${index} ${field}`)) continue;
        reported.add(`${index} ${field}`);
        problems.add(index, field || undefined, `${label}: ${text}.`);
      }
      checkable.push({ entry: partialEntry(input, index), index });
    } else {
      if (!unsafe.length) valid.push(parsed.output);
      checkable.push({ entry: parsed.output, index });
    }
  });

  // Across entries. Ids of invalid entries still count for references, so one broken entry
  // does not also report every reference to it.
  const mine = options.mergingInto ? staying(options.mergingInto, inputs) : [];
  const rawIds = new Set(inputs.flatMap((i) => (isPlainObject(i) && typeof i.id === 'string' ? [i.id] : [])));
  const relatedIds = builtInIds === null ? null : new Set([...rawIds, ...builtInIds, ...mine.map((e) => e.id)]);
  const rules = checkRules(
    [...mine, ...checkable.map((x) => x.entry)],
    { sectionIds, relatedIds },
    [...mine.map((_, k) => -k - 1), ...checkable.map((x) => x.index)],
  );
  for (const p of rules) {
    // The reader's current terms are valid already; a field with a problem of its own is not reported again.
    if (p.index < 0 || reported.has(`${p.index} ${p.field}`)) continue;
    problems.add(p.index, p.field, ruleMessage(p, entryLabel(inputs[p.index], p.index), sectionIds, mine));
  }

  return problems.count ? { ok: false, errors: problems.list() } : { ok: true, entries: valid };
}

/**
 * Entries that can still be used from a stored list that no longer validates as a whole:
 * each valid entry in order, skipping any whose id or form an earlier kept entry has.
 * What was skipped is listed in `errors`. For reading storage, never for imports.
 */
export function salvageEntries(inputs: readonly unknown[]): { entries: Entry[]; errors: ImportError[] } {
  const errors: { entry: number; field?: string; message: string }[] = [];
  const valid: { entry: Entry; index: number }[] = [];
  inputs.forEach((input, index) => {
    const parsed = v.safeParse(EntrySchema, input);
    if (parsed.success && !(isPlainObject(input) && unsafeCharacters(input).length)) return void valid.push({ entry: parsed.output, index });
    const first = parsed.success ? undefined : issueMessage(parsed.issues[0]);
    errors.push({ entry: index, ...(first?.field ? { field: first.field } : {}), message: `${entryLabel(input, index)} is not valid${first ? `: ${first.text}` : ''}.` });
  });
  const { kept, skipped } = firstOfEach(valid.map((x) => x.entry));
  for (const { index } of skipped) {
    const { entry, index: at } = valid[index]!;
    errors.push({ entry: at, message: `${entryLabel(entry, at)} repeats the id or a form of an earlier entry.` });
  }
  return { entries: kept, errors: errors.sort((a, b) => a.entry - b.entry) };
}
