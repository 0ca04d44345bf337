/** Import, export and the raw stored data: the options page's file actions on the reader's entries. */
import { exportGlossaryFile } from '../../glossary/import';
import type { Entry } from '../../glossary/schema';
import { readStoredUserEntriesRaw, UserEntriesError } from '../../settings/user-entries';
import { download } from './download';
// The documented example, bundled: the page shows the format without a network request.
import exampleFile from '../../examples/my-terms.json';
import type { ImportMode, ImportOutcome } from '../../components/options/OptionsImport';
import type { OptionsStatus } from '../../components/options/OptionsPage';
import { errorText, planImport, plural } from '../../components/options/options-model';

export function fileActions(
  entries: readonly Entry[],
  save: (next: readonly Entry[], text: string, undoable: boolean) => Promise<void>,
  report: (status: OptionsStatus) => void,
) {
  const onImport = async (file: File, mode: ImportMode): Promise<ImportOutcome> => {
    const plan = await planImport(entries, file, mode);
    if (!plan.ok) return plan;
    try {
      await save(plan.entries, plan.text, plan.undoable);
    } catch (e) {
      return { ok: false, errors: e instanceof UserEntriesError ? e.errors : [{ message: errorText(e) }] };
    }
    return { ok: true, message: plan.text };
  };

  const onExport = () => {
    download('gut-glossary-my-terms.json', exportGlossaryFile(entries));
    report({ kind: 'ok', text: `Exported ${plural(entries.length, 'term')}.` });
  };

  const onDownloadStored = () =>
    void readStoredUserEntriesRaw().then(
      (raw) => download('gut-glossary-stored-data.json', `${JSON.stringify(raw, null, 2)}\n`),
      (e: unknown) => report({ kind: 'error', text: errorText(e) }),
    );

  const onDownloadExample = () => download('gut-glossary-example.json', `${JSON.stringify(exampleFile, null, 2)}\n`);

  return { onImport, onExport, onDownloadStored, onDownloadExample };
}
