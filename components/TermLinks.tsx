/** A list of entries as buttons, each carrying its `data-term-id` (related entries, a question's terms). */
export function TermLinks({ terms, onChoose, class: className }: { terms: { id: string; term: string }[]; onChoose: (id: string) => void; class?: string }) {
  return (
    <ul class={className}>
      {terms.map((t) => (
        <li key={t.id}>
          <button type="button" class="link" data-term-id={t.id} onClick={() => onChoose(t.id)}>
            {t.term}
          </button>
        </li>
      ))}
    </ul>
  );
}
