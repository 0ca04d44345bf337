import { useId, useMemo, useState } from 'preact/hooks';
import { draftFromEntry, EMPTY_DRAFT, type BuiltInChoice, type BuiltInClash, type DraftErrors, type EntryDraft } from '../../glossary/entry-draft';
import type { Entry } from '../../glossary/schema';
import { OptionsEntryForm } from './OptionsEntryForm';
import { relatedFinder } from './options-model';

/** Saving asks first when the term is named like built-in ones. */
export interface BuiltInQuestion {
  clashes: BuiltInClash[];
}

export interface OptionsTermsProps {
  entries: readonly Entry[];
  /** Per entry id of the reader's: the built-in terms it replaces. */
  overrides: ReadonlyMap<string, readonly string[]>;
  /** Per entry id of the reader's: the built-in terms it is shown instead of on pages (both kept). */
  shadows?: ReadonlyMap<string, readonly string[]>;
  /** Per entry id of the reader's: what it does to built-in entries, as sentences. */
  notes: ReadonlyMap<string, readonly string[]>;
  sections: readonly { id: string; question: string }[];
  /**
   * Saves a new entry (editingId null) or an edited one. Resolves to problems by field, the
   * built-in entries it is named like (nothing saved until `choice` is given), or null once saved.
   */
  onSave: (draft: EntryDraft, editingId: string | null, choice?: BuiltInChoice) => Promise<DraftErrors | BuiltInQuestion | null>;
  onDelete: (id: string) => void;
}

type Editing = { id: string | null; draft: EntryDraft; errors: DraftErrors; clashes?: BuiltInClash[] } | null;

/** The reader's own entries: list, add, edit, delete. */
export function OptionsTerms({ entries, overrides, shadows = new Map(), notes, sections, onSave, onDelete }: OptionsTermsProps) {
  const id = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);
  const sectionName = new Map(sections.map((s) => [s.id, s.question]));
  const finder = useMemo(() => relatedFinder(entries), [entries]);

  const submit = async (draft: EntryDraft, choice?: BuiltInChoice) => {
    if (!editing) return;
    setBusy(true);
    try {
      const outcome = await (choice ? onSave(draft, editing.id, choice) : onSave(draft, editing.id));
      if (!outcome) setEditing(null);
      else if ('clashes' in outcome && Array.isArray(outcome.clashes)) setEditing({ ...editing, draft, errors: {}, clashes: outcome.clashes });
      else setEditing({ ...editing, draft, errors: outcome as DraftErrors, clashes: [] });
    } finally {
      setBusy(false);
    }
  };

  const form = editing && (
    <OptionsEntryForm
      heading={editing.id === null ? 'New term' : `Edit “${entries.find((e) => e.id === editing.id)?.term ?? editing.id}”`}
      draft={editing.draft}
      errors={editing.errors}
      editingId={editing.id}
      sections={sections}
      finder={finder}
      clashes={editing.clashes ?? []}
      busy={busy}
      onChange={(draft) => setEditing({ ...editing, draft })}
      onSubmit={(draft, choice) => void submit(draft, choice)}
      onKeepEditing={() => setEditing({ ...editing, clashes: [] })}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <section class="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>My terms</h2>
      <p class="hint">
        Your own entries are highlighted like the built-in ones. When you name one like a built-in term, you choose whether to keep both or to replace
        the built-in one.
      </p>
      {entries.length === 0 ? (
        <p class="muted">You have not added any terms yet.</p>
      ) : (
        <ul class="terms">
          {entries.map((e) => {
            const replaces = overrides.get(e.id) ?? [];
            const shadowing = shadows.get(e.id) ?? [];
            const names = [...e.abbreviations, ...e.aliases];
            if (editing?.id === e.id) return <li key={e.id}>{form}</li>;
            return (
              <li key={e.id} class="term-item" data-term-id={e.id}>
                <div class="term-head">
                  <strong class="term">{e.term}</strong>
                  {replaces.length > 0 && (
                    <span class="badge" title={`Replaces the built-in entry ${replaces.map((t) => `“${t}”`).join(', ')}`}>
                      overrides built-in
                    </span>
                  )}
                  {shadowing.length > 0 && (
                    <span class="badge" title={`Shown instead of the built-in entry ${shadowing.map((t) => `“${t}”`).join(', ')} on your pages`}>
                      named like a built-in
                    </span>
                  )}
                </div>
                {names.length > 0 && <p class="aliases">Also: {names.join(', ')}</p>}
                <p class="definition">{e.definition}</p>
                {e.section && <p class="muted small-text">FAQ: {sectionName.get(e.section) ?? e.section}</p>}
                {e.related.length > 0 && <p class="muted small-text">Related: {e.related.map((r) => finder.byId(r)?.term ?? r).join(', ')}</p>}
                {(notes.get(e.id) ?? []).map((n, i) => (
                  <p key={i} class="muted small-text">
                    {n}
                  </p>
                ))}
                <div class="row">
                  <button type="button" class="small" aria-label={`Edit ${e.term}`} disabled={busy} onClick={() => setEditing({ id: e.id, draft: draftFromEntry(e), errors: {} })}>
                    Edit
                  </button>
                  <button type="button" class="small danger" aria-label={`Delete ${e.term}`} disabled={busy} onClick={() => onDelete(e.id)}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {editing?.id === null ? form : !editing && (
        <button type="button" class="primary" onClick={() => setEditing({ id: null, draft: EMPTY_DRAFT, errors: {} })}>
          Add a term
        </button>
      )}
    </section>
  );
}
