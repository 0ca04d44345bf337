/**
 * What the options page decides without touching storage: the built-in glossary's names,
 * notes on the built-in entries the reader's terms replace, and what importing a file
 * would do to the reader's list. Pure: no storage, no `browser`.
 */
import * as v from 'valibot';
import { builtInEntries, builtInSections, SECTION_IDS } from '../../glossary/builtin';
import { combineWithBuiltIn, type Override } from '../../glossary/combine';
import { builtInNames } from '../../glossary/entry-draft';
import { validateUserEntries } from '../../glossary/entry-check';
import { checkFileSize, decodeGlossaryBytes, parseGlossaryFile } from '../../glossary/import';
import { mergeEntries } from '../../glossary/merge';
import type { ImportError } from '../../glossary/problems';
import { aliasKey } from '../../glossary/normalize';
import { createSearch } from '../../glossary/search';
import { EntrySchema, formsOf, type Entry } from '../../glossary/schema';
import type { ImportMode } from './OptionsImport';

export const builtInIds: ReadonlySet<string> = new Set(builtInEntries.map((e) => e.id));
const builtInTerms: ReadonlyMap<string, string> = new Map(builtInEntries.map((e) => [e.id, e.term]));
/** What the reader's entries are checked against, and the built-in names a new term is compared with. */
export const known = { builtInIds, sectionIds: SECTION_IDS, builtInNames: builtInNames(builtInEntries.map((e) => v.parse(EntrySchema, e))) };
export const sections = builtInSections.map((s) => ({ id: s.id, question: s.question }));

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** For each of the reader's entries: the built-in terms it replaces or is shown instead of, and notes saying so. */
export function overrideNotes(entries: readonly Entry[]) {
  const combined = combineWithBuiltIn(builtInEntries, entries, SECTION_IDS);
  const overrides = new Map<string, string[]>();
  const shadows = new Map<string, string[]>();
  const notes = new Map<string, string[]>();
  const note = (id: string, text: string) => notes.set(id, [...(notes.get(id) ?? []), text]);
  const term = (id: string) => builtInTerms.get(id) ?? id;
  for (const o of combined.overridden) {
    overrides.set(o.userId, [...(overrides.get(o.userId) ?? []), term(o.builtInId)]);
    note(o.userId, `Replaces the built-in entry “${term(o.builtInId)}”.`);
  }
  for (const o of combined.shadowed) {
    shadows.set(o.userId, [...(shadows.get(o.userId) ?? []), term(o.builtInId)]);
    note(o.userId, `Shown instead of the built-in entry “${term(o.builtInId)}” on your pages; the built-in one stays in search and links.`);
  }
  for (const r of combined.removedForms) note(r.userId, `Takes “${r.form}” from the built-in entry “${term(r.builtInId)}”.`);
  return { overrides, shadows, notes };
}

/** An entry that can be chosen as related: its id (kept internal), its name, and whether it is the reader's own. */
export interface RelatedChoice {
  id: string;
  term: string;
  mine: boolean;
}

/** Choosing related entries by name, through the glossary's own search over what the background serves (built-in with the reader's on top). */
export interface RelatedFinder {
  /** Suggestions for what the reader typed, best first, leaving out `exclude`. */
  find: (query: string, exclude: ReadonlySet<string>, limit?: number) => RelatedChoice[];
  /** The entry called exactly `name` (any of its forms, folded as the matcher folds), if any. */
  named: (name: string, exclude: ReadonlySet<string>) => RelatedChoice | undefined;
  /** An id's entry, for its name; undefined for an id that no longer exists. */
  byId: (id: string) => RelatedChoice | undefined;
}

export function relatedFinder(userEntries: readonly Entry[]): RelatedFinder {
  const entries = combineWithBuiltIn(builtInEntries, userEntries, SECTION_IDS).entries;
  const mine = new Set(userEntries.map((e) => e.id));
  const search = createSearch(entries);
  const choice = (e: Entry): RelatedChoice => ({ id: e.id, term: e.term, mine: mine.has(e.id) });
  const byId = new Map(entries.map((e) => [e.id, choice(e)]));
  return {
    find: (query, exclude, limit = 8) => search(query, limit + exclude.size).filter((e) => !exclude.has(e.id)).slice(0, limit).map(choice),
    named: (name, exclude) => {
      const key = aliasKey(name);
      if (!key) return undefined;
      const found = entries.filter((e) => !exclude.has(e.id) && formsOf(e).some((f) => aliasKey(f.text) === key));
      // A name the reader's entry shares with a built-in one: theirs, as on their pages.
      const best = found.find((e) => mine.has(e.id)) ?? found[0];
      return best && choice(best);
    },
    byId: (id) => byId.get(id),
  };
}

/** "“IBS” (replaces the built-in entry), “leaky gut” (shown instead of “gut barrier”)": the file's entries that take a built-in name. */
function shadowSummary(incoming: readonly Entry[], merged: readonly Entry[]): string {
  const ids = new Set(incoming.map((e) => e.id));
  const combined = combineWithBuiltIn(builtInEntries, merged, SECTION_IDS);
  const term = new Map(merged.map((e) => [e.id, e.term]));
  const lines = [
    ...combined.overridden.filter((o) => ids.has(o.userId)).map((o: Override) => `“${term.get(o.userId)}” replaces the built-in entry`),
    ...combined.shadowed.filter((o) => ids.has(o.userId)).map((o: Override) => `“${term.get(o.userId)}” is shown instead of the built-in “${builtInTerms.get(o.builtInId)}”, which stays in search`),
  ];
  if (!lines.length) return '';
  const shown = lines.slice(0, 10);
  return ` Named like built-in terms (${lines.length}): ${shown.join('; ')}${lines.length > shown.length ? `; and ${lines.length - shown.length} more` : ''}.`;
}

export type ImportPlan =
  | { ok: true; entries: Entry[]; text: string; undoable: boolean }
  | { ok: false; errors: readonly ImportError[] };

/** A chosen file, as much of it as an import needs. */
export interface ImportFile {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

/** What importing a file into `current` gives, or every reason it is refused (a file too large is not read). */
export async function planImport(current: readonly Entry[], file: ImportFile, mode: ImportMode): Promise<ImportPlan> {
  const size = checkFileSize(file.size);
  if (size) return { ok: false, errors: [size] };
  const decoded = decodeGlossaryBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  // Merging: clashes with the terms that stay are found in the same pass as the file's own problems.
  const parsed = parseGlossaryFile(decoded.text, builtInIds, SECTION_IDS, mode === 'merge' ? { mergingInto: current } : {});
  if (!parsed.ok) return parsed;
  const incoming = parsed.entries;
  const merged = mergeEntries(current, incoming, mode);
  // Checked by the file's parse already; kept as the last word before anything is written.
  const checked = validateUserEntries(merged, builtInIds, SECTION_IDS);
  if (!checked.ok) return checked;
  const replaced = incoming.filter((e) => current.some((x) => x.id === e.id || aliasKey(x.term) === aliasKey(e.term))).length;
  const text =
    mode === 'replace'
      ? `Imported ${plural(incoming.length, 'entry', 'entries')} from ${file.name}; they replace your previous ${plural(current.length, 'term')}.`
      : `Imported ${plural(incoming.length, 'entry', 'entries')} from ${file.name}: ${incoming.length - replaced} new, ${replaced} replacing terms you had. You now have ${plural(merged.length, 'term')}.`;
  const shadows = shadowSummary(incoming, merged);
  return { ok: true, entries: merged, text: text + shadows, undoable: current.length > 0 && (mode === 'replace' || replaced > 0 || shadows !== '') };
}
