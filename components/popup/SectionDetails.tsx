import { EvidenceBadge } from '../EvidenceBadge';
import { TermLinks } from '../TermLinks';
import type { SectionView } from '../../glossary/glossary';

export interface SectionDetailsProps {
  view: SectionView;
  onEntry: (id: string) => void;
  onBack: () => void;
}

/** One FAQ question in the popup: its full answer and the entries it explains. */
export function SectionDetails({ view, onEntry, onBack }: SectionDetailsProps) {
  return (
    <article class="section" data-section-id={view.section.id}>
      <button type="button" class="link back" onClick={onBack}>
        ← Back
      </button>
      <h1>{view.section.question}</h1>
      {view.section.fullAnswer.map((p, i) => {
        const level = view.section.evidence.fullAnswer[i];
        return (
          <p key={i}>
            {p} {level && <EvidenceBadge level={level} />}
          </p>
        );
      })}
      <h2>Terms explained here</h2>
      <TermLinks class="chips" terms={view.entries} onChoose={onEntry} />
    </article>
  );
}
