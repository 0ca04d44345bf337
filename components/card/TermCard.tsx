import { TermLinks } from '../TermLinks';
import type { EntryView } from '../../glossary/glossary';

export interface TermCardProps {
  view: EntryView;
  /** Show another entry in the same card. */
  onRelated: (id: string) => void;
  /** Open the FAQ page at this entry's question. */
  onReadMore: (sectionId: string) => void;
  onClose: () => void;
}

/** The card shown for a highlighted term: what it is, and why it matters. Text only, never HTML. */
export function TermCard({ view, onRelated, onReadMore, onClose }: TermCardProps) {
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
      <p class="definition">{entry.definition}</p>
      {entry.whyItMatters && <p class="why">{entry.whyItMatters}</p>}
      {section && (
        <section class="faq" aria-label="From the FAQ">
          <h3 class="question">{section.question}</h3>
          <p class="answer">{section.shortAnswer}</p>
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
