/**
 * What the options page decides without touching storage: the built-in glossary's names,
 * notes on the built-in entries the reader's terms replace, and what importing a file
 * would do to the reader's list. Pure: no storage, no `browser`.
 */
import { builtInEntries, builtInSections, SECTION_IDS } from '../../glossary/builtin';
import { combineWithBuiltIn } from '../../glossary/combine';
import { validateUserEntries } from '../../glossary/entry-check';
import { checkFileSize, decodeGlossaryBytes, parseGlossaryFile } from '../../glossary/import';
import { mergeEntries } from '../../glossary/merge';
import type { ImportError } from '../../glossary/problems';
import { aliasKey } from '../../glossary/normalize';
import type { Entry } from '../../glossary/schema';
import type { ImportMode } from './OptionsImport';

export const builtInIds: ReadonlySet<string> = new Set(builtInEntries.map((e) => e.id));
const builtInTermIds: ReadonlyMap<string, string> = new Map(builtInEntries.map((e) => [aliasKey(e.term), e.id]));
const builtInTerms: ReadonlyMap<string, string> = new Map(builtInEntries.map((e) => [e.id, e.term]));
/** What the reader's entries are checked against. */
export const known = { builtInIds, sectionIds: SECTION_IDS, builtInTermIds };
export const sections = builtInSections.map((s) => ({ id: s.id, question: s.question }));

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** For each of the reader's entries: the built-in terms it replaces, and notes saying so. */
export function overrideNotes(entries: readonly Entry[]) {
  const combined = combineWithBuiltIn(builtInEntries, entries, SECTION_IDS);
  const overrides = new Map<string, string[]>();
  const notes = new Map<string, string[]>();
  const note = (id: string, text: string) => notes.set(id, [...(notes.get(id) ?? []), text]);
  for (const o of combined.overridden) {
    const term = builtInTerms.get(o.builtInId) ?? o.builtInId;
    overrides.set(o.userId, [...(overrides.get(o.userId) ?? []), term]);
    note(o.userId, `Replaces the built-in entry “${term}”.`);
  }
  for (const r of combined.removedForms) note(r.userId, `Takes “${r.form}” from the built-in entry “${builtInTerms.get(r.builtInId) ?? r.builtInId}”.`);
  return { overrides, notes };
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
  return { ok: true, entries: merged, text, undoable: current.length > 0 && (mode === 'replace' || replaced > 0) };
}
