import type { SearchHit } from '../../glossary/glossary';

export interface SearchResultsProps {
  hits: SearchHit[];
  active: number;
  onChoose: (id: string) => void;
}

/** Ranked results: the term and its definition, in rank order. */
export function SearchResults({ hits, active, onChoose }: SearchResultsProps) {
  return (
    <ul class="results" role="listbox" aria-label="Matching terms" id="gg-results">
      {hits.map((hit, i) => (
        <li
          key={hit.id}
          id={`gg-result-${hit.id}`}
          role="option"
          aria-selected={i === active}
          class={i === active ? 'result active' : 'result'}
          data-term-id={hit.id}
          onClick={() => onChoose(hit.id)}
        >
          <span class="term">{hit.term}</span>
          {hit.foundAs && (
            <span class="found-as">
              {hit.foundAs.kind === 'alias' ? 'also written: ' : 'related: '}
              {hit.foundAs.form}
            </span>
          )}
          <span class="definition">{hit.definition}</span>
        </li>
      ))}
    </ul>
  );
}
