/**
 * The options page's entry form as plain data: what the reader typed, turned into an
 * entry and checked against the rest of their glossary before anything is written.
 * Pure: no DOM, no `browser`.
 */
import { validateUserEntries } from './entry-check.ts';
import { idForTerm } from './merge.ts';
import type { ImportError } from './problems.ts';
import { aliasKey } from './normalize.ts';
import type { Entry, EntryInput } from './schema.ts';

/** The form's fields, as typed. Lists are comma-separated. */
export interface EntryDraft {
  term: string;
  aliases: string;
  abbreviations: string;
  definition: string;
  /** A FAQ section id, or '' for none. */
  section: string;
  related: string;
}

export type DraftField = keyof EntryDraft | 'form';
/** Problems by form field; `form` holds those that belong to no single field. */
export type DraftErrors = Partial<Record<DraftField, string[]>>;

export const EMPTY_DRAFT: EntryDraft = { term: '', aliases: '', abbreviations: '', definition: '', section: '', related: '' };

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
    related: e.related.join(', '),
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
    related: splitList(draft.related),
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

/**
 * Saves a draft into the list: adds it (editingId null) or replaces the entry being
 * edited, in place. Returns the new list, or the problems by field. `builtInIds` are ids
 * `related` may name besides the reader's own.
 */
export function applyDraft(
  entries: readonly Entry[],
  draft: EntryDraft,
  editingId: string | null,
  known: { builtInIds: ReadonlySet<string>; sectionIds: readonly string[]; /** Built-in ids by aliasKey(term). */ builtInTermIds?: ReadonlyMap<string, string> },
): { ok: true; entries: Entry[]; entry: Entry } | { ok: false; errors: DraftErrors } {
  const base = editingId === null ? undefined : entries.find((e) => e.id === editingId);
  const others = entries.filter((e) => e.id !== editingId);
  // A new entry named like a built-in one takes its id, so links to it keep working.
  const builtInId = known.builtInTermIds?.get(aliasKey(draft.term));
  const id = base?.id ?? (builtInId !== undefined && !others.some((e) => e.id === builtInId) ? builtInId : idForTerm(draft.term, new Set(others.map((e) => e.id))));
  const input = entryFromDraft(draft, id, base);
  // The draft goes last so clashes with other entries are reported on it.
  const checked = validateUserEntries([...others, input], known.builtInIds, known.sectionIds);
  if (!checked.ok) {
    const errors: DraftErrors = {};
    const mine = others.length;
    for (const e of checked.errors as ImportError[]) {
      if (e.entry !== mine && e.entry !== undefined) {
        (errors.form ??= []).push(e.message);
        continue;
      }
      const top = e.field?.replace(/[[.].*$/, '') ?? '';
      (errors[FIELD_OF[top] ?? 'form'] ??= []).push(bare(e.message));
    }
    return { ok: false, errors };
  }
  const entry = checked.entries[checked.entries.length - 1]!;
  const list = base ? entries.map((e) => (e.id === editingId ? entry : e)) : [...entries, entry];
  return { ok: true, entries: list, entry };
}
