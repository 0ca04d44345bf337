import { useId } from 'preact/hooks';

export interface OptionsExportProps {
  count: number;
  onExport: () => void;
}

/** Downloading the reader's entries as a glossary file. */
export function OptionsExport({ count, onExport }: OptionsExportProps) {
  const id = useId();
  return (
    <section class="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Export</h2>
      <p class="hint">Your own terms as a Gut Glossary file, to keep as a backup or import in another browser.</p>
      <button type="button" onClick={onExport} disabled={count === 0}>
        Download my terms ({count})
      </button>
    </section>
  );
}
