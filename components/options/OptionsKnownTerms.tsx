import { useId } from 'preact/hooks';
import { builtInEntries } from '../../glossary/builtin';
import type { Entry } from '../../glossary/schema';
import { setKnown, type KnownShow, type Settings } from '../../settings/defaults';

export interface OptionsKnownTermsProps {
  settings: Settings;
  /** The reader's own entries: a known term may be one of them (theirs wins over a built-in of the same id). */
  entries: readonly Entry[];
  onChange: (next: Settings) => void;
}

const builtInNames: ReadonlyMap<string, string> = new Map(builtInEntries.map((e) => [e.id, e.term]));

/** A known term's name for the list: the reader's entry, else the built-in one; null once neither has it. */
export function knownTermName(id: string, entries: readonly Entry[]): string | null {
  return entries.find((e) => e.id === id)?.term ?? builtInNames.get(id) ?? null;
}

/**
 * The terms the reader marked "I know this" on a card: how each is still highlighted
 * (its first mention only, or nowhere), and a way to have it highlighted again.
 */
export function OptionsKnownTerms({ settings, entries, onChange }: OptionsKnownTermsProps) {
  const id = useId();
  const known = settings.knownTerms;
  return (
    <section class="panel known-terms" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Terms you know</h2>
      <p class="hint">Terms you marked with “I know this” on a card. The change applies to every page at once.</p>
      {known.length === 0 ? (
        <p class="muted">None yet: every term is highlighted.</p>
      ) : (
        <ul class="sites">
          {known.map(({ id: termId, show }) => {
            const name = knownTermName(termId, entries);
            const label = name ?? termId;
            return (
              <li key={termId} data-term-id={termId}>
                <span>
                  {label}
                  {name === null && <span class="muted"> (no longer in the glossary)</span>}
                </span>
                <span class="row">
                  <select
                    aria-label={`How “${label}” is highlighted`}
                    value={show}
                    onChange={(e) => onChange(setKnown(settings, termId, e.currentTarget.value as KnownShow))}
                  >
                    <option value="first">First mention only</option>
                    <option value="none">Not highlighted</option>
                  </select>
                  <button type="button" class="small restore" aria-label={`Highlight “${label}” again everywhere`} onClick={() => onChange(setKnown(settings, termId, null))}>
                    Restore
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
