import type { SectionView } from '../../glossary/glossary';

/** The FAQ page: every question with its full answer and the entries it explains. */
export function FaqPage({ sections }: { sections: SectionView[] }) {
  return (
    <main class="faq-page">
      <h1>Gut microbiome and immunity: the questions, answered</h1>
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
          {section.fullAnswer.map((para, i) => (
            <p key={i}>{para}</p>
          ))}
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
