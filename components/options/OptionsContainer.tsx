/**
 * The options page wired to storage: loads and watches the settings and the reader's
 * entries, validates every change before writing it, and offers an undo after a change
 * that removes or replaces terms.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { applyDraft, type DraftErrors, type EntryDraft } from '../../glossary/entry-draft';
import {
  checkFileSize,
  combineWithBuiltIn,
  decodeGlossaryBytes,
  exportGlossaryFile,
  mergeEntries,
  parseGlossaryFile,
  validateUserEntries,
  type ImportError,
} from '../../glossary/import';
import { aliasKey } from '../../glossary/normalize';
import type { Entry } from '../../glossary/schema';
import type { Settings } from '../../settings/defaults';
import { readSettings, settingsItem } from '../../settings/storage';
import { loadUserEntries, readStoredUserEntriesRaw, saveUserEntries, UserEntriesError, userEntriesItem } from '../../settings/user-entries';
import type { ImportMode, ImportOutcome } from './OptionsImport';
import { OptionsPage, type OptionsStatus } from './OptionsPage';

const builtInIds: ReadonlySet<string> = new Set(builtInEntries.map((e) => e.id));
const builtInTermIds: ReadonlyMap<string, string> = new Map(builtInEntries.map((e) => [aliasKey(e.term), e.id]));
const builtInTerms: ReadonlyMap<string, string> = new Map(builtInEntries.map((e) => [e.id, e.term]));
const sectionIds = builtInSections.map((s) => s.id);
const sections = builtInSections.map((s) => ({ id: s.id, question: s.question }));
const known = { builtInIds, sectionIds, builtInTermIds };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function OptionsContainer() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [problems, setProblems] = useState<ImportError[]>([]);
  const [status, setStatus] = useState<OptionsStatus | null>(null);

  const reloadEntries = async () => {
    const loaded = await loadUserEntries();
    setEntries(loaded.entries);
    setProblems(loaded.problems);
  };

  useEffect(() => {
    readSettings().then(setSettings, (e: unknown) => setStatus({ kind: 'error', text: `Your settings could not be read: ${message(e)}` }));
    void reloadEntries();
    // Changes made elsewhere (the popup, another options tab) show up here.
    const stopSettings = settingsItem.watch(setSettings);
    const stopEntries = userEntriesItem.watch(() => void reloadEntries());
    return () => {
      stopSettings();
      stopEntries();
    };
  }, []);

  const { overrides, notes } = useMemo(() => {
    const combined = combineWithBuiltIn(builtInEntries, entries, sectionIds);
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
  }, [entries]);

  /** Writes a new list; offers to undo when terms were removed or replaced. */
  const save = async (next: readonly Entry[], text: string, undoable: boolean) => {
    const previous = entries;
    const saved = await saveUserEntries(next, known);
    setEntries(saved);
    setProblems([]);
    setStatus({
      kind: 'ok',
      text,
      ...(undoable
        ? {
            undo: () => {
              saveUserEntries(previous, known).then(
                (restored) => {
                  setEntries(restored);
                  setStatus({ kind: 'ok', text: 'Undone.' });
                },
                (e: unknown) => setStatus({ kind: 'error', text: message(e) }),
              );
            },
          }
        : {}),
    });
  };

  const onSettings = (next: Settings) => {
    const previous = settings;
    setSettings(next);
    settingsItem.setValue(next).then(
      () => setStatus({ kind: 'ok', text: 'Settings saved.' }),
      (e: unknown) => {
        setSettings(previous);
        setStatus({ kind: 'error', text: `Settings not saved: ${message(e)}` });
      },
    );
  };

  const onSaveEntry = async (draft: EntryDraft, editingId: string | null): Promise<DraftErrors | null> => {
    const result = applyDraft(entries, draft, editingId, known);
    if (!result.ok) return result.errors;
    try {
      await save(result.entries, editingId === null ? `Added “${result.entry.term}”.` : `Saved “${result.entry.term}”.`, editingId !== null);
      return null;
    } catch (e) {
      return { form: e instanceof UserEntriesError ? e.errors.map((x) => x.message) : [message(e)] };
    }
  };

  const onDeleteEntry = (id: string) => {
    const gone = entries.find((e) => e.id === id);
    // Links from the reader's other entries to this one would no longer resolve: drop them too.
    const next = entries.filter((e) => e.id !== id).map((e) => (e.related.includes(id) && !builtInIds.has(id) ? { ...e, related: e.related.filter((r) => r !== id) } : e));
    save(next, `Deleted “${gone?.term ?? id}”.`, true).catch((e: unknown) => setStatus({ kind: 'error', text: `Not deleted: ${message(e)}` }));
  };

  const onImport = async (file: File, mode: ImportMode): Promise<ImportOutcome> => {
    const size = checkFileSize(file.size);
    if (size) return { ok: false, errors: [size] };
    const decoded = decodeGlossaryBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return decoded;
    const parsed = parseGlossaryFile(decoded.text, builtInIds, sectionIds);
    if (!parsed.ok) return parsed;
    const incoming = parsed.entries;
    const merged = mergeEntries(entries, incoming, mode);
    if (mode === 'merge') {
      const checked = validateUserEntries(merged, builtInIds, sectionIds);
      if (!checked.ok)
        return {
          ok: false,
          errors: [{ message: `The file is valid, but it clashes with your current terms (entries are counted in the merged list: yours first, then the new ones):` }, ...checked.errors],
        };
    }
    const replaced = incoming.filter((e) => entries.some((x) => x.id === e.id || aliasKey(x.term) === aliasKey(e.term))).length;
    const text =
      mode === 'replace'
        ? `Imported ${plural(incoming.length, 'entry', 'entries')} from ${file.name}; they replace your previous ${plural(entries.length, 'term')}.`
        : `Imported ${plural(incoming.length, 'entry', 'entries')} from ${file.name}: ${incoming.length - replaced} new, ${replaced} replacing terms you had. You now have ${plural(merged.length, 'term')}.`;
    try {
      await save(merged, text, entries.length > 0 && (mode === 'replace' || replaced > 0));
    } catch (e) {
      return { ok: false, errors: e instanceof UserEntriesError ? e.errors : [{ message: message(e) }] };
    }
    return { ok: true, message: text };
  };

  const onExport = () => {
    download('gut-glossary-my-terms.json', exportGlossaryFile(entries));
    setStatus({ kind: 'ok', text: `Exported ${plural(entries.length, 'term')}.` });
  };

  const onDownloadStored = () => {
    readStoredUserEntriesRaw().then(
      (raw) => download('gut-glossary-stored-data.json', `${JSON.stringify(raw, null, 2)}\n`),
      (e: unknown) => setStatus({ kind: 'error', text: message(e) }),
    );
  };

  return (
    <OptionsPage
      settings={settings}
      entries={entries}
      overrides={overrides}
      notes={notes}
      sections={sections}
      problems={problems}
      status={status}
      onSettings={onSettings}
      onSaveEntry={onSaveEntry}
      onDeleteEntry={onDeleteEntry}
      onImport={onImport}
      onExport={onExport}
      onDownloadStored={onDownloadStored}
    />
  );
}
