/**
 * The options page's entry form as plain data: what the reader typed, turned into an
 * entry and checked against the rest of their glossary before anything is written.
 * Pure: no DOM, no `browser`.
 */
import { validateUserEntries } from './entry-check.ts';
import { idForTerm } from './merge.ts';
import type { ImportError } from './problems.ts';
import { aliasKey } from './normalize.ts';
import { formSources, type Entry, type EntryInput } from './schema.ts';

/** The form's fields, as typed. Lists of forms are comma-separated; related entries are chosen by name and kept as ids. */
export interface EntryDraft {
  term: string;
  aliases: string;
  abbreviations: string;
  definition: string;
  /** A FAQ section id, or '' for none. */
  section: string;
  /** Ids of the chosen related entries, in the order chosen. */
  related: readonly string[];
}

export type DraftField = keyof EntryDraft | 'form';
/** Problems by form field; `form` holds those that belong to no single field. */
export type DraftErrors = Partial<Record<DraftField, string[]>>;

export const EMPTY_DRAFT: EntryDraft = { term: '', aliases: '', abbreviations: '', definition: '', section: '', related: [] };

/** "a, b,, c " → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function draftFromEntry(e: Entry): EntryDraft {
  return {
    term: e.term,
    aliases: e.aliases.join(', '),
    abbreviations: e.abbreviations.join(', '),
    definition: e.definition,
    section: e.section ?? '',
    related: [...e.related],
  };
}

/**
 * The entry a draft describes. Editing keeps the base entry's id and the fields the form
 * does not show (`whyItMatters`, `excluded`), so editing never loses them.
 */
export function entryFromDraft(draft: EntryDraft, id: string, base?: Entry): EntryInput {
  const { section: _oldSection, ...rest } = base ?? ({} as Partial<Entry>);
  const section = draft.section.trim();
  return {
    ...rest,
    id,
    term: draft.term,
    definition: draft.definition,
    ...(section ? { section } : {}),
    aliases: splitList(draft.aliases),
    abbreviations: splitList(draft.abbreviations),
    related: [...draft.related],
  };
}

const FIELD_OF: Record<string, DraftField> = {
  term: 'term',
  definition: 'definition',
  section: 'section',
  aliases: 'aliases',
  abbreviations: 'abbreviations',
  related: 'related',
  id: 'term',
};

/** The message without its "Entry 3 ("x"): " prefix: next to a field, the entry is obvious. */
const bare = (message: string) => message.replace(/^Entry \d+(?: \(“[^”]*”\))?: /, '');

/** A built-in entry a reader's entry is named like, and the reader's form that names it. */
export interface BuiltInClash {
  id: string;
  term: string;
  /** The reader's form (their term or one of its other names) equal to one of the built-in entry's. */
  form: string;
}

/** What "saving a term named like a built-in one" does: both stay (own id), or the reader's takes the built-in's id. */
export type BuiltInChoice = 'keep-both' | 'replace';

/** Built-in entries by each of their forms (aliasKey), to find the ones a reader's entry is named like. */
export type BuiltInNames = ReadonlyMap<string, readonly { id: string; term: string }[]>;

export function builtInNames(builtIns: readonly Entry[]): BuiltInNames {
  const names = new Map<string, { id: string; term: string }[]>();
  for (const b of builtIns)
    for (const f of formSources(b)) {
      const list = names.get(aliasKey(f.text)) ?? [];
      if (!list.some((x) => x.id === b.id)) names.set(aliasKey(f.text), [...list, { id: b.id, term: b.term }]);
    }
  return names;
}

/** The built-in entries named like `entry`: a form of one (term, alias, abbreviation) equal to one of its own, after aliasKey. Its term's first. */
export function builtInClashes(entry: Entry, names: BuiltInNames): BuiltInClash[] {
  const found = new Map<string, BuiltInClash>();
  for (const f of formSources(entry).sort((a, b) => Number(b.text === entry.term) - Number(a.text === entry.term)))
    for (const b of names.get(aliasKey(f.text)) ?? []) if (!found.has(b.id)) found.set(b.id, { ...b, form: f.text });
  return [...found.values()];
}

export interface DraftKnowledge {
  /** Ids `related` may name besides the reader's own. */
  builtInIds: ReadonlySet<string>;
  sectionIds: readonly string[];
  /** The built-in entries' names (builtInNames): saving a term named like one asks first. */
  builtInNames?: BuiltInNames;
}

export type DraftResult =
  | { ok: true; entries: Entry[]; entry: Entry }
  | { ok: false; errors: DraftErrors }
  /** Named like built-in entries: nothing saved until the reader chooses (applyDraft again with `choice`). */
  | { ok: false; clashes: BuiltInClash[] };

/** The entries with their links to `from` pointing to `to` instead. */
function relink(entries: readonly Entry[], from: string, to: string): Entry[] {
  return from === to ? [...entries] : entries.map((e) => (e.related.includes(from) ? { ...e, related: e.related.map((r) => (r === from ? to : r)) } : e));
}

/** The list with `entry` in place of the entry `editingId` (or added); links to a changed id follow it. */
function placed(entries: readonly Entry[], entry: Entry, editingId: string | null): Entry[] {
  if (editingId === null) return [...entries, entry];
  return relink(entries, editingId, entry.id).map((e) => (e.id === editingId ? entry : e));
}

/**
 * Saves a draft into the list: adds it (editingId null) or replaces the entry being
 * edited, in place. Returns the new list, the problems by field, or, for a term named like
 * a built-in one (that the entry did not already name), the built-in entries concerned:
 * nothing is saved until the reader chooses to keep both (their entry gets its own id)
 * or to replace the built-in one (their entry takes its id).
 */
export function applyDraft(entries: readonly Entry[], draft: EntryDraft, editingId: string | null, known: DraftKnowledge, choice?: BuiltInChoice): DraftResult {
  const base = editingId === null ? undefined : entries.find((e) => e.id === editingId);
  const others = entries.filter((e) => e.id !== editingId);
  const taken = new Set([...others.map((e) => e.id), ...known.builtInIds]);
  // A new entry gets an id of its own, never a built-in one by chance: taking one replaces it.
  const ownId = base?.id ?? idForTerm(draft.term, taken);
  const check = (id: string) => {
    // The draft goes last so clashes with other entries are reported on it; links to it follow a new id.
    const rest = editingId === null ? others : relink(others, editingId, id);
    const checked = validateUserEntries([...rest, entryFromDraft(draft, id, base)], known.builtInIds, known.sectionIds);
    return checked.ok ? { ok: true as const, entry: checked.entries[checked.entries.length - 1]! } : { ok: false as const, errors: draftErrors(checked.errors, others.length) };
  };
  const first = check(ownId);
  if (!first.ok) return first;
  const named = new Set(base && known.builtInNames ? builtInClashes(base, known.builtInNames).map((c) => c.id) : []);
  const clashes = known.builtInNames ? builtInClashes(first.entry, known.builtInNames).filter((c) => c.id !== ownId && !named.has(c.id)) : [];
  if (!clashes.length || choice === 'keep-both') return { ok: true, entries: placed(entries, first.entry, editingId), entry: first.entry };
  if (choice === undefined) return { ok: false, clashes };
  const target = clashes[0]!;
  if (others.some((e) => e.id === target.id))
    return { ok: false, errors: { term: [`Your term “${others.find((e) => e.id === target.id)!.term}” already replaces the built-in “${target.term}”.`] } };
  const replacing = check(target.id);
  if (!replacing.ok) return replacing;
  return { ok: true, entries: placed(entries, replacing.entry, editingId), entry: replacing.entry };
}

/** Validation problems of the draft (entry `mine` in the checked list) by form field. */
function draftErrors(problems: readonly ImportError[], mine: number): DraftErrors {
  const errors: DraftErrors = {};
  for (const e of problems) {
    if (e.entry !== mine && e.entry !== undefined) {
      (errors.form ??= []).push(e.message);
      continue;
    }
    const top = e.field?.replace(/[[.].*$/, '') ?? '';
    // Related entries are chosen by name: only an entry deleted since can fail, and its id is all there is to name it.
    const gone = top === 'related' && /names "([^"]+)", but no entry/.exec(e.message);
    (errors[FIELD_OF[top] ?? 'form'] ??= []).push(gone ? `The related entry “${gone[1]}” no longer exists: remove it.` : bare(e.message));
  }
  return errors;
}
