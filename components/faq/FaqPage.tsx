import { EVIDENCE_LEVELS, EVIDENCE_TEXT } from '../../glossary/evidence';
import type { SectionView } from '../../glossary/glossary';
import { EvidenceBadge } from '../EvidenceBadge';

/** The FAQ page: every question with its full answer, each claim's evidence level, and the entries it explains. */
export function FaqPage({ sections }: { sections: SectionView[] }) {
  return (
    <main class="faq-page">
      <h1>Gut microbiome and immunity: the questions, answered</h1>
      <p class="not-advice">
        This page explains research in plain words. It is not medical advice: talk to a doctor before you change a
        treatment, or start a diet or supplement for a health condition.
      </p>
      <section class="evidence-levels" aria-labelledby="evidence-levels">
        <h2 id="evidence-levels">How sure is this?</h2>
        <p>
          Each claim about what microbes do is marked with how strong the evidence is.{' '}
          {EVIDENCE_LEVELS.map((level, i) => (
            <span key={level}>
              <EvidenceBadge level={level} /> {EVIDENCE_TEXT[level].explanation}
              {i < EVIDENCE_LEVELS.length - 1 ? ' ' : ''}
            </span>
          ))}{' '}
          A finding in mice is a reason to study people, not proof that the same is true for you; paragraphs that only
          explain a word carry no mark.
        </p>
      </section>
      <nav aria-label="Questions">
        <ol>
          {sections.map(({ section }) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.question}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map(({ section, entries }) => (
        <section key={section.id} id={section.id} class="question">
          <h2>{section.question}</h2>
          {section.fullAnswer.map((para, i) => {
            const level = section.evidence.fullAnswer[i];
            return (
              <p key={i}>
                {para} {level && <EvidenceBadge level={level} />}
              </p>
            );
          })}
          {entries.length > 0 && (
            <div class="entries">
              <h3>Terms explained here</h3>
              <ul>
                {entries.map((e) => (
                  <li key={e.id} id={`entry-${e.id}`}>
                    {e.term}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </main>
  );
}
