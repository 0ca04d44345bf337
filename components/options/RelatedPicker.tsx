import { useRef, useState } from 'preact/hooks';
import type { RelatedChoice, RelatedFinder } from './options-model';

export interface RelatedPickerProps {
  /** The input's id (its label points to it). */
  id: string;
  /** Chosen entries' ids, in order. */
  ids: readonly string[];
  /** The entry being edited: never its own related entry. */
  self: string | null;
  finder: RelatedFinder;
  /** What the reader has typed and not chosen yet; held by the form, which resolves it on save. */
  query: string;
  onQuery: (query: string) => void;
  onChange: (ids: string[]) => void;
  /** A problem to show (an unknown name), or ''. */
  message: string;
  onMessage: (message: string) => void;
  describedBy?: string;
  invalid?: boolean;
}

/** The message for a name that is no entry. */
export const unknownName = (name: string) => `No term is called “${name}”. Choose one from the suggestions, or add it as a term of your own first.`;

const chooseOne = (name: string, n: number) => `“${name}” is not the full name of a term: choose one of the ${n} suggestions with the arrow keys, then Enter.`;

/**
 * Related entries chosen by name: an ARIA 1.2 combobox whose suggestions come from the
 * glossary's search, and the chosen entries as removable chips. Ids stay internal.
 */
export function RelatedPicker({ id, ids, self, finder, query, onQuery, onChange, message, onMessage, describedBy, invalid }: RelatedPickerProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const exclude = new Set([...ids, ...(self ? [self] : [])]);
  const options = query.trim() ? finder.find(query, exclude) : [];
  const expanded = open && options.length > 0;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (c: RelatedChoice) => {
    onChange([...ids, c.id]);
    onQuery('');
    onMessage('');
    setOpen(false);
    setActive(-1);
    setSaid(`Added ${c.term}.`);
    input.current?.focus();
  };
  const remove = (entryId: string) => {
    onChange(ids.filter((x) => x !== entryId));
    setSaid(`Removed ${finder.byId(entryId)?.term ?? entryId}.`);
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (!expanded ? (step > 0 ? 0 : options.length - 1) : (a + step + options.length) % options.length));
    } else if (e.key === 'Enter') {
      // Enter chooses here; it never submits the form while a name is being typed.
      if (!query.trim()) return;
      e.preventDefault();
      // No suggestion highlighted: the exact name, or the only suggestion; among several, the reader chooses.
      const picked = expanded && active >= 0 ? options[active] : (finder.named(query, exclude) ?? (options.length === 1 ? options[0] : undefined));
      if (picked) choose(picked);
      else if (options.length) onMessage(chooseOne(query.trim(), options.length));
      else onMessage(unknownName(query.trim()));
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        e.preventDefault();
        onQuery('');
      }
    } else if (e.key === 'Backspace' && !query && ids.length) {
      remove(ids[ids.length - 1]!);
    }
  };

  return (
    <div class="related-picker">
      {ids.length > 0 && (
        <ul class="chips" aria-label="Chosen related terms">
          {ids.map((r) => {
            const c = finder.byId(r);
            const name = c?.term ?? r;
            return (
              <li key={r} class={c ? 'chip' : 'chip gone'} data-term-id={r}>
                <span>{name}</span>
                {c?.mine && <span class="chip-note"> (yours)</span>}
                {!c && <span class="chip-note"> (no longer exists)</span>}
                <button type="button" class="chip-remove" aria-label={`Remove ${name}`} onClick={() => remove(r)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="combo">
        <input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || message ? true : undefined}
          placeholder="Type a term’s name"
          value={query}
          onInput={(e) => {
            onQuery(e.currentTarget.value);
            onMessage('');
            setSaid('');
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label="Suggested terms" class="suggestions" hidden={!expanded}>
          {expanded &&
            options.map((c, i) => (
              <li
                key={c.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'suggestion active' : 'suggestion'}
                data-term-id={c.id}
                // Chosen on mousedown: a click would first blur the field and close the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(c);
                }}
              >
                {c.term}
                {c.mine && <span class="chip-note"> (yours)</span>}
              </li>
            ))}
        </ul>
      </div>
      {message && (
        <p class="field-error" role="alert">
          {message}
        </p>
      )}
      <p class="visually-hidden" role="status">
        {said || (expanded ? `${options.length} suggestion${options.length === 1 ? '' : 's'}` : query.trim() && open ? 'No suggestions' : '')}
      </p>
    </div>
  );
}
