import { EvidenceBadge } from '../EvidenceBadge';
import { TermLinks } from '../TermLinks';
import type { EntryView } from '../../glossary/glossary';

export interface TermCardProps {
  view: EntryView;
  /** The long form the page itself gives the highlighted abbreviation ("Crohn's disease" for "CD"). */
  definedAs?: string;
  /** Show another entry in the same card. */
  onRelated: (id: string) => void;
  /** Open the FAQ page at this entry's question. */
  onReadMore: (sectionId: string) => void;
  onClose: () => void;
}

/** The card shown for a highlighted term: what it is, and why it matters. Text only, never HTML. */
export function TermCard({ view, definedAs, onRelated, onReadMore, onClose }: TermCardProps) {
  const { entry, section, related } = view;
  const headingId = `gg-term-${entry.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={headingId} data-term-id={entry.id}>
      <header>
        <h2 id={headingId} class="term">
          {entry.term}
        </h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {definedAs && <p class="defined-here">Defined on this page as “{definedAs}”.</p>}
      <p class="definition">{entry.definition}</p>
      {entry.detail && (
        <details class="detail">
          <summary>More precisely</summary>
          <p>{entry.detail}</p>
        </details>
      )}
      {entry.whyItMatters && (
        <p class="why">
          {entry.whyItMatters} {entry.evidence && <EvidenceBadge level={entry.evidence} />}
        </p>
      )}
      {section && (
        <section class="faq" aria-label="From the FAQ">
          <h3 class="question">{section.question}</h3>
          <p class="answer">
            {section.shortAnswer} {section.evidence && <EvidenceBadge level={section.evidence} />}
          </p>
          <button type="button" class="link read-more" onClick={() => onReadMore(section.id)}>
            Read the full answer
          </button>
        </section>
      )}
      {related.length > 0 && (
        <nav class="related" aria-label="Related terms">
          <span class="label">Related:</span>
          <TermLinks terms={related} onChoose={onRelated} />
        </nav>
      )}
    </div>
  );
}
