import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { BuiltInChoice, BuiltInClash, DraftErrors, DraftField, EntryDraft } from '../../glossary/entry-draft';
import { aliasKey } from '../../glossary/normalize';
import { LIMITS } from '../../glossary/schema';
import type { RelatedFinder } from './options-model';
import { RelatedPicker, unknownName } from './RelatedPicker';

export interface OptionsEntryFormProps {
  heading: string;
  draft: EntryDraft;
  errors: DraftErrors;
  /** The id of the entry being edited; null for a new one. */
  editingId: string | null;
  sections: readonly { id: string; question: string }[];
  finder: RelatedFinder;
  /** Built-in entries the draft is named like: asked about before anything is saved. */
  clashes?: readonly BuiltInClash[];
  busy: boolean;
  onChange: (draft: EntryDraft) => void;
  /** Saves `draft` (the form's, with a related name still typed resolved); `choice` answers the question about built-in names. */
  onSubmit: (draft: EntryDraft, choice?: BuiltInChoice) => void;
  /** Back to editing from the question about built-in names. */
  onKeepEditing: () => void;
  onCancel: () => void;
}

/** The reader's form is the built-in term itself, as the matcher reads it. */
const sameName = (c: BuiltInClash) => aliasKey(c.form) === aliasKey(c.term);

/** Adding or editing one of the reader's entries. Problems are shown next to their fields. */
export function OptionsEntryForm(props: OptionsEntryFormProps) {
  const { heading, draft, errors, editingId, sections, finder, clashes = [], busy, onChange, onSubmit, onCancel } = props;
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const keepBoth = useRef<HTMLButtonElement>(null);
  const [relatedQuery, setRelatedQuery] = useState('');
  const [relatedMessage, setRelatedMessage] = useState('');
  // After a refused save, take the reader to the first field with a problem.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  // The question about built-in names takes the focus, so it is read out and answered first.
  useEffect(() => {
    if (clashes.length) keepBoth.current?.focus();
  }, [clashes]);

  const submit = () => {
    const typed = relatedQuery.trim();
    if (!typed) return onSubmit(draft);
    // A name typed but not chosen: added when it names an entry exactly, else said before anything is saved.
    const found = finder.named(typed, new Set([...draft.related, ...(editingId ? [editingId] : [])]));
    if (!found) {
      setRelatedMessage(unknownName(typed));
      form.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-related`)}`)?.focus();
      return;
    }
    const next = { ...draft, related: [...draft.related, found.id] };
    setRelatedQuery('');
    onChange(next);
    onSubmit(next);
  };
  const set = (key: keyof EntryDraft) => (e: { currentTarget: { value: string } }) => onChange({ ...draft, [key]: e.currentTarget.value });

  const field = (key: DraftField & keyof EntryDraft, label: string, hint: string, input: (aria: Record<string, string | boolean | undefined>) => ComponentChildren) => {
    const problems = errors[key] ?? [];
    const aria = {
      id: `${id}-${key}`,
      'aria-invalid': problems.length ? true : undefined,
      'aria-describedby': [hint && `${id}-${key}-hint`, problems.length && `${id}-${key}-error`].filter(Boolean).join(' ') || undefined,
    };
    return (
      <div class="field">
        <label for={`${id}-${key}`}>{label}</label>
        {input(aria)}
        {hint && (
          <p id={`${id}-${key}-hint`} class="hint">
            {hint}
          </p>
        )}
        {problems.length > 0 && (
          <ul id={`${id}-${key}-error`} class="field-error">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  return (
    <form
      ref={form}
      class="entry-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!clashes.length) submit();
      }}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      {field('term', 'Term', 'As readers see it, e.g. “zonulin”. Matched in any letter case.', (aria) => (
        <input {...aria} type="text" required maxLength={LIMITS.term * 2} value={draft.term} onInput={set('term')} />
      ))}
      {field('aliases', 'Other names (optional)', 'Plurals, spellings and full names, separated by commas. Matched in any letter case.', (aria) => (
        <input {...aria} type="text" value={draft.aliases} onInput={set('aliases')} />
      ))}
      {field('abbreviations', 'Abbreviations (optional)', 'Matched only in exactly this case, e.g. “SIBO”. Separate them with commas.', (aria) => (
        <input {...aria} type="text" value={draft.abbreviations} onInput={set('abbreviations')} />
      ))}
      {field('definition', 'Definition', `One plain sentence, ${LIMITS.definition.min} to ${LIMITS.definition.max} characters.`, (aria) => (
        <textarea {...aria} rows={3} required value={draft.definition} onInput={set('definition')} />
      ))}
      {field('section', 'FAQ question (optional)', 'The question of the FAQ that explains this term, shown in its card.', (aria) => (
        <select {...aria} value={draft.section} onChange={set('section')}>
          <option value="">None</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.question}
            </option>
          ))}
        </select>
      ))}
      {field('related', 'Related terms (optional)', 'Terms a reader would want next, yours or built-in: type a name and choose from the suggestions.', (aria) => (
        <RelatedPicker
          id={aria.id as string}
          ids={draft.related}
          self={editingId}
          finder={finder}
          query={relatedQuery}
          onQuery={setRelatedQuery}
          onChange={(related) => onChange({ ...draft, related })}
          message={relatedMessage}
          onMessage={setRelatedMessage}
          describedBy={aria['aria-describedby'] as string | undefined}
          invalid={aria['aria-invalid'] === true}
        />
      ))}
      {(errors.form ?? []).length > 0 && (
        <ul class="form-error" role="alert">
          {errors.form!.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {clashes.length > 0 ? (
        <div class="warning clash" role="group" aria-labelledby={`${id}-clash`}>
          <p id={`${id}-clash`}>
            {clashes.length === 1
              ? `“${clashes[0]!.form}” is already the name of a built-in term${sameName(clashes[0]!) ? '' : `, “${clashes[0]!.term}”`}. What should happen to it?`
              : `These names are already built-in terms: ${clashes.map((c) => (sameName(c) ? `“${c.form}”` : `“${c.form}” (“${c.term}”)`)).join(', ')}. What should happen to them?`}
          </p>
          <div class="choices">
            <button ref={keepBoth} type="button" class="primary" disabled={busy} aria-describedby={`${id}-clash ${id}-keep`} onClick={() => onSubmit(draft, 'keep-both')}>
              Keep both
            </button>
            <p id={`${id}-keep`} class="hint">
              Your term gets its own entry and is shown for this name on your pages; the built-in one stays in search and in links.
            </p>
            <button type="button" disabled={busy} aria-describedby={`${id}-replace`} onClick={() => onSubmit(draft, 'replace')}>
              Replace the built-in on my pages
            </button>
            <p id={`${id}-replace`} class="hint">
              Only yours is used{clashes.length > 1 ? ` for “${clashes[0]!.term}”` : ''}, and links to the built-in one lead to yours.
            </p>
            <button type="button" disabled={busy} onClick={props.onKeepEditing}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            Save
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
