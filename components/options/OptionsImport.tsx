import { useId, useState } from 'preact/hooks';
import { shownProblems, type ImportError } from '../../glossary/problems';

export type ImportMode = 'merge' | 'replace';
export type ImportOutcome = { ok: true; message: string } | { ok: false; errors: readonly ImportError[] };

export interface OptionsImportProps {
  /** How many entries the reader has now (said before a replace). */
  count: number;
  onImport: (file: File, mode: ImportMode) => Promise<ImportOutcome>;
  /** Downloads an example glossary file, to show the format. */
  onDownloadExample: () => void;
}

/** Importing a glossary file. All or nothing: every problem is listed and nothing changes. */
export function OptionsImport({ count, onImport, onDownloadExample }: OptionsImportProps) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file) {
      setOutcome({ ok: false, errors: [{ message: 'Choose a file to import first.' }] });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await onImport(file, mode));
    } catch (error) {
      setOutcome({ ok: false, errors: [{ message: error instanceof Error ? error.message : String(error) }] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import</h2>
      <p class="hint">
        A Gut Glossary file (JSON, up to 5 MB). If anything in it is wrong, nothing is imported and every problem is listed.{' '}
        <button type="button" class="link" onClick={onDownloadExample}>
          Download an example file
        </button>{' '}
        to see the format.
      </p>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for={`${id}-file`}>Glossary file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
        </div>
        <fieldset>
          <legend>What to do with your current terms</legend>
          <label class="choice">
            <input type="radio" name={`${id}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            Merge: keep them; entries in the file with the same id or term replace them
          </label>
          <label class="choice">
            <input type="radio" name={`${id}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            Replace: use only the entries in the file
          </label>
          {mode === 'replace' && count > 0 && (
            <p class="warning">
              Your {count} current term{count === 1 ? '' : 's'} will be removed. You can undo straight after, or export them first.
            </p>
          )}
        </fieldset>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
      <div aria-live="polite">
        {outcome?.ok && <p class="success">{outcome.message}</p>}
        {outcome && !outcome.ok && <ImportProblems errors={outcome.errors} onDownloadExample={onDownloadExample} />}
      </div>
    </section>
  );
}

/** Why an import was refused: every problem counted, the first ones listed, and the format offered when the file was no glossary file. */
function ImportProblems({ errors, onDownloadExample }: { errors: readonly ImportError[]; onDownloadExample: () => void }) {
  const { shown, moreText } = shownProblems(errors);
  const notGlossary = errors.some((e) => e.kind === 'not-a-glossary');
  return (
    <div class="errors" role="alert">
      <p>{errors.length > 1 ? `Nothing was imported. The file has ${errors.length} problems:` : 'Nothing was imported:'}</p>
      <ul>
        {shown.map((e, i) => (
          <li key={i}>{e.message}</li>
        ))}
      </ul>
      {moreText && <p class="more">{moreText}</p>}
      {notGlossary && (
        <button type="button" class="small" onClick={onDownloadExample}>
          Download an example glossary file
        </button>
      )}
    </div>
  );
}
