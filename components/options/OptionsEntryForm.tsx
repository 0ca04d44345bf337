import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { DraftErrors, DraftField, EntryDraft } from '../../glossary/entry-draft';
import { LIMITS } from '../../glossary/schema';

export interface OptionsEntryFormProps {
  heading: string;
  draft: EntryDraft;
  errors: DraftErrors;
  sections: readonly { id: string; question: string }[];
  busy: boolean;
  onChange: (draft: EntryDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/** Adding or editing one of the reader's entries. Problems are shown next to their fields. */
export function OptionsEntryForm({ heading, draft, errors, sections, busy, onChange, onSubmit, onCancel }: OptionsEntryFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  // After a refused save, take the reader to the first field with a problem.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
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
        onSubmit();
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
      {field('related', 'Related entries (optional)', 'Ids of other entries, yours or built-in, separated by commas, e.g. “gut-barrier, probiotics”.', (aria) => (
        <input {...aria} type="text" spellcheck={false} value={draft.related} onInput={set('related')} />
      ))}
      {(errors.form ?? []).length > 0 && (
        <ul class="form-error" role="alert">
          {errors.form!.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
