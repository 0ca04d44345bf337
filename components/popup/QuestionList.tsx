export interface QuestionListProps {
  sections: { id: string; question: string }[];
  onOpen: (id: string) => void;
}

/** The eight FAQ questions, to browse when the search field is empty. */
export function QuestionList({ sections, onOpen }: QuestionListProps) {
  return (
    <section class="questions" aria-labelledby="gg-questions">
      <h2 id="gg-questions">Questions</h2>
      <ol>
        {sections.map((s) => (
          <li key={s.id}>
            <button type="button" class="link" data-section-id={s.id} onClick={() => onOpen(s.id)}>
              {s.question}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
