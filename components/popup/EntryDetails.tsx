import { EvidenceBadge } from '../EvidenceBadge';
import { TermLinks } from '../TermLinks';
import type { EntryView, SectionView } from '../../glossary/glossary';

export interface EntryDetailsProps {
  view: EntryView;
  /** The entry's FAQ section with its full answer, once loaded. */
  section: SectionView | null;
  onRelated: (id: string) => void;
  onOpenFaq: () => void;
  onBack: () => void;
}

/** One entry in the popup: definition, other names, the full FAQ answer, related entries. */
export function EntryDetails({ view, section, onRelated, onOpenFaq, onBack }: EntryDetailsProps) {
  const { entry, related } = view;
  const names = [...entry.abbreviations, ...entry.aliases];
  return (
    <article class="entry" data-term-id={entry.id}>
      <button type="button" class="link back" onClick={onBack}>
        ← Back
      </button>
      <h1 class="term">{entry.term}</h1>
      <p class="definition">{entry.definition}</p>
      {entry.detail && (
        <details class="detail">
          <summary>More precisely</summary>
          <p>{entry.detail}</p>
        </details>
      )}
      {names.length > 0 && <p class="aliases">Also written: {names.slice(0, 8).join(', ')}</p>}
      {section && (
        <section class="faq">
          <h2 class="question">{section.section.question}</h2>
          {section.section.fullAnswer.map((para, i) => {
            const level = section.section.evidence.fullAnswer[i];
            return (
              <p key={i}>
                {para} {level && <EvidenceBadge level={level} />}
              </p>
            );
          })}
        </section>
      )}
      {related.length > 0 && (
        <nav class="related" aria-label="Related terms">
          <h2>Related</h2>
          <TermLinks terms={related} onChoose={onRelated} />
        </nav>
      )}
      <button type="button" class="link open-faq" onClick={onOpenFaq}>
        Open the FAQ page
      </button>
    </article>
  );
}
