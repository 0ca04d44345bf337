import { MAX_MENTIONS } from '../../highlight/limits';
import type { PageState } from '../../messaging/protocol';

export interface PageTermsProps {
  state: PageState;
  /** Term names by entry id. */
  terms: ReadonlyMap<string, string>;
  onJump: (id: string) => void;
}

/** "On this page": the entries the open tab mentions, most frequent first. */
export function PageTerms({ state, terms, onJump }: PageTermsProps) {
  const tooCommon = new Set(state.tooCommon);
  return (
    <section class="page-terms" aria-labelledby="gg-on-page">
      <h2 id="gg-on-page">On this page</h2>
      {!state.enabled ? (
        <p class="muted">Highlighting is off on {state.host || 'this page'}.</p>
      ) : state.counts.length === 0 ? (
        <p class="muted">No glossary terms found on this page.</p>
      ) : (
        <ul class="counts">
          {state.counts.map(({ id, count }) => (
            <li key={id}>
              <button type="button" class="link" data-term-id={id} onClick={() => onJump(id)} title="Show it on the page">
                {terms.get(id) ?? id}
              </button>
              <span class="count" aria-label={tooCommon.has(id) ? `more than ${count} mentions` : `${count} mentions`}>
                {tooCommon.has(id) ? `${count}+` : count}
              </span>
            </li>
          ))}
        </ul>
      )}
      {state.enabled && state.tooCommon.length > 0 && (
        <p class="muted too-common" role="note">
          {state.tooCommon.map((id) => `“${terms.get(id) ?? id}”`).join(', ')}{' '}
          {state.tooCommon.length === 1 ? 'is' : 'are'} on this page more than {MAX_MENTIONS.toLocaleString('en')} times: only the first{' '}
          {MAX_MENTIONS.toLocaleString('en')} are highlighted, to keep the page responsive.
        </p>
      )}
    </section>
  );
}
