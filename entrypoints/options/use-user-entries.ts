/** The reader's own entries for the options page: loaded, watched, validated before writing, undoable. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyDraft, type BuiltInChoice, type DraftErrors, type EntryDraft } from '../../glossary/entry-draft';
import type { BuiltInQuestion } from '../../components/options/OptionsTerms';
import type { ImportError } from '../../glossary/problems';
import type { Entry } from '../../glossary/schema';
import { loadUserEntries, saveUserEntries, UserEntriesError, userEntriesItem } from '../../settings/user-entries';
import { fileActions } from './file-actions';
import type { OptionsStatus } from '../../components/options/OptionsPage';
import { builtInIds, errorText, known, overrideNotes } from '../../components/options/options-model';

export function useUserEntries(report: (status: OptionsStatus) => void) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [problems, setProblems] = useState<ImportError[]>([]);

  const reload = async () => {
    const loaded = await loadUserEntries();
    setEntries(loaded.entries);
    setProblems(loaded.problems);
  };
  useEffect(() => {
    void reload();
    // Changes made elsewhere (another options tab) show up here.
    return userEntriesItem.watch(() => void reload());
  }, []);

  const { overrides, shadows, notes } = useMemo(() => overrideNotes(entries), [entries]);

  /** Writes a new list; offers to undo when terms were removed or replaced. */
  const save = async (next: readonly Entry[], text: string, undoable: boolean) => {
    const previous = entries;
    setEntries(await saveUserEntries(next, known));
    setProblems([]);
    const undo = () =>
      void saveUserEntries(previous, known).then(
        (restored) => {
          setEntries(restored);
          report({ kind: 'ok', text: 'Undone.' });
        },
        (e: unknown) => report({ kind: 'error', text: errorText(e) }),
      );
    report({ kind: 'ok', text, ...(undoable ? { undo } : {}) });
  };

  const onSaveEntry = async (draft: EntryDraft, editingId: string | null, choice?: BuiltInChoice): Promise<DraftErrors | BuiltInQuestion | null> => {
    const result = applyDraft(entries, draft, editingId, known, choice);
    if (!result.ok) return 'clashes' in result ? { clashes: result.clashes } : result.errors;
    try {
      const done = editingId === null ? `Added “${result.entry.term}”.` : `Saved “${result.entry.term}”.`;
      const how = choice === 'replace' ? ' It replaces the built-in entry on your pages.' : choice === 'keep-both' ? ' The built-in entry of that name stays in search and links.' : '';
      // Replacing a built-in entry removes it from the glossary: undoable, like any replacement.
      await save(result.entries, done + how, editingId !== null || choice === 'replace');
      return null;
    } catch (e) {
      return { form: e instanceof UserEntriesError ? e.errors.map((x) => x.message) : [errorText(e)] };
    }
  };

  const onDeleteEntry = (id: string) => {
    const gone = entries.find((e) => e.id === id);
    // Links from the reader's other entries to this one would no longer resolve: drop them too.
    const next = entries.filter((e) => e.id !== id).map((e) => (e.related.includes(id) && !builtInIds.has(id) ? { ...e, related: e.related.filter((r) => r !== id) } : e));
    save(next, `Deleted “${gone?.term ?? id}”.`, true).catch((e: unknown) => report({ kind: 'error', text: `Not deleted: ${errorText(e)}` }));
  };

  const files = fileActions(entries, save, report);

  return { entries, problems, overrides, shadows, notes, onSaveEntry, onDeleteEntry, ...files };
}
