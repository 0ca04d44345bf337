import type { ImportError } from '../../glossary/problems';
import type { Entry } from '../../glossary/schema';
import type { Settings } from '../../settings/defaults';
import { OptionsExport } from './OptionsExport';
import { OptionsKnownTerms } from './OptionsKnownTerms';
import { OptionsImport, type ImportMode, type ImportOutcome } from './OptionsImport';
import { OptionsSettings } from './OptionsSettings';
import { OptionsTerms, type OptionsTermsProps } from './OptionsTerms';
import { Shortcuts, type Shortcut } from '../Shortcuts';

export interface OptionsStatus {
  kind: 'ok' | 'error';
  text: string;
  /** Offered after a change that removed or replaced terms. */
  undo?: () => void;
}

export interface OptionsPageProps {
  /** null while loading. */
  settings: Settings | null;
  entries: readonly Entry[];
  overrides: ReadonlyMap<string, readonly string[]>;
  shadows?: ReadonlyMap<string, readonly string[]>;
  notes: ReadonlyMap<string, readonly string[]>;
  sections: readonly { id: string; question: string }[];
  /** Stored entries that could not be read (kept in storage, not used). */
  problems: readonly ImportError[];
  status: OptionsStatus | null;
  /** The keyboard shortcuts as currently set in the browser. */
  shortcuts?: readonly Shortcut[];
  onSettings: (next: Settings) => void;
  onSaveEntry: OptionsTermsProps['onSave'];
  onDeleteEntry: (id: string) => void;
  onImport: (file: File, mode: ImportMode) => Promise<ImportOutcome>;
  onExport: () => void;
  /** Downloads the stored entries exactly as they are, readable or not. */
  onDownloadStored: () => void;
  /** Downloads the example glossary file. */
  onDownloadExample: () => void;
}

/** The options page: settings, the reader's terms, import and export. Presentational. */
export function OptionsPage(props: OptionsPageProps) {
  const { settings, entries, problems, status } = props;
  return (
    <main class="options">
      <h1>Gut Glossary options</h1>
      <p class="hint">
        New here? <a href="welcome.html">Welcome / how it works</a>: what the extension does, with an example to try.
      </p>
      <div class="status" aria-live="polite">
        {status && (
          <p class={status.kind === 'ok' ? 'success' : 'errors'} role={status.kind === 'error' ? 'alert' : undefined}>
            {status.text}
            {status.undo && (
              <button type="button" class="small undo" onClick={status.undo}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      {problems.length > 0 && (
        <div class="warning" role="alert">
          <p>
            Some of your stored terms could not be read, so they are not used. They are kept unchanged; when you next save, a copy is kept
            aside first.
          </p>
          <ul>
            {problems.slice(0, 20).map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
          <button type="button" class="small" onClick={props.onDownloadStored}>
            Download the stored data as it is
          </button>
        </div>
      )}
      {settings ? <OptionsSettings settings={settings} onChange={props.onSettings} /> : <p class="muted">Loading settings…</p>}
      {settings && <OptionsKnownTerms settings={settings} entries={entries} onChange={props.onSettings} />}
      {props.shortcuts && props.shortcuts.length > 0 && (
        <section class="panel" aria-labelledby="gg-shortcuts">
          <h2 id="gg-shortcuts">Keyboard shortcuts</h2>
          <Shortcuts shortcuts={props.shortcuts} howToChange />
        </section>
      )}
      <OptionsTerms
        entries={entries}
        overrides={props.overrides}
        {...(props.shadows ? { shadows: props.shadows } : {})}
        notes={props.notes}
        sections={props.sections}
        onSave={props.onSaveEntry}
        onDelete={props.onDeleteEntry}
      />
      <OptionsImport count={entries.length} onImport={props.onImport} onDownloadExample={props.onDownloadExample} />
      <OptionsExport count={entries.length} onExport={props.onExport} />
    </main>
  );
}
