/**
 * The glossary the background serves: the built-in entries with the reader's own on top,
 * adjusted so the whole stays valid, and what was adjusted. Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import { firstOfEach, type Unmatched } from './entry-rules.ts';
import { buildGlossary, type Glossary } from './glossary.ts';
import { aliasKey } from './normalize.ts';
import { EntrySchema, type Entry, type EntryInput, type Section } from './schema.ts';

export interface Override {
  builtInId: string;
  userId: string;
  /** What they share: the id, the term, or a form of the reader's entry that is the built-in term. */
  by: 'id' | 'term' | 'form';
}

export interface CombinedGlossary {
  /** Built-in entries in order, each replaced one replaced in place by the reader's entry; then the reader's other entries. */
  entries: Entry[];
  /** Built-in entries replaced by the reader's (same id): gone from the glossary. */
  overridden: Override[];
  /** Built-in entries whose name a reader's entry (another id) also has: both stay, the reader's is shown on pages. */
  shadowed: Override[];
  /** Forms taken from built-in entries because a reader's entry claims them. */
  removedForms: { builtInId: string; form: string; userId: string }[];
  /** The names of shadowed built-in entries: kept (search, links) but not matched on pages. */
  unmatched: Unmatched;
  /** Anything else adjusted so the result stays valid (stale references, duplicates in stored data). */
  warnings: string[];
}

/**
 * The glossary the background compiles: built-in entries with the reader's entries on top.
 *
 * - A reader's entry with the id of a built-in entry REPLACES it ("replace the built-in on
 *   my pages"): the built-in entry is gone, and links to it reach the reader's.
 * - A reader's entry with another id and the same name (its term, or one of its forms equal
 *   to the built-in term, after aliasKey) SHADOWS it ("keep both"): on pages the name is the
 *   reader's entry's, and the built-in entry stays, in search and links, with its other forms.
 * - A form claimed by a reader's entry and by a built-in alias or abbreviation stays with
 *   the reader's entry and is removed from the built-in one.
 * - References that resolve nowhere, and sections not in `sectionIds` (when given), are dropped.
 *
 * The result passes crossCheck(entries, sectionIds, unmatched). `builtIn` may be raw data:
 * it is parsed with EntrySchema.
 */
export function combineWithBuiltIn(
  builtIn: readonly (EntryInput | Entry)[],
  user: readonly Entry[],
  sectionIds?: readonly string[],
): CombinedGlossary {
  const warnings: string[] = [];
  const base = builtIn.map((e) => v.parse(EntrySchema, e));

  // The reader's entries, defensively: stored data is validated on save, but a list that
  // repeats an id or a form would make the whole glossary fail, so later repeats are skipped.
  const { kept: mine, formOwner: myForms, skipped } = firstOfEach(user);
  for (const { entry, repeats, of } of skipped)
    warnings.push(`Your entry "${entry.id}" was skipped: it repeats ${repeats === 'id' ? 'the id' : 'a form'} of your entry "${of}".`);
  const mineById = new Map(mine.map((e) => [e.id, e]));
  const termOwner = new Map(mine.map((e) => [aliasKey(e.term), e.id]));

  const overridden: Override[] = [];
  const shadowed: Override[] = [];
  const removedForms: CombinedGlossary['removedForms'] = [];
  const unmatched = new Map<string, Set<string>>();
  const placed = new Set<string>();
  const entries: Entry[] = [];
  for (const b of base) {
    const termKey = aliasKey(b.term);
    if (mineById.has(b.id)) {
      overridden.push({ builtInId: b.id, userId: b.id, by: 'id' });
      entries.push(mineById.get(b.id)!);
      placed.add(b.id);
      continue;
    }
    const shadow = myForms.get(termKey);
    if (shadow !== undefined) {
      shadowed.push({ builtInId: b.id, userId: shadow, by: termOwner.get(termKey) === shadow ? 'term' : 'form' });
      unmatched.set(b.id, new Set([termKey]));
    }
    const keep = (form: string) => {
      const key = aliasKey(form);
      const owner = myForms.get(key);
      // The term's own spelling as an abbreviation ("CD70") stays with its term, unmatched like it.
      if (owner === undefined || key === termKey) return true;
      removedForms.push({ builtInId: b.id, form, userId: owner });
      return false;
    };
    const aliases = b.aliases.filter(keep);
    const abbreviations = b.abbreviations.filter(keep);
    entries.push(aliases.length === b.aliases.length && abbreviations.length === b.abbreviations.length ? b : { ...b, aliases, abbreviations });
  }
  for (const e of mine) if (!placed.has(e.id)) entries.push(e);

  // Keep references and sections valid.
  const ids = new Set(entries.map((e) => e.id));
  const sections = sectionIds ? new Set(sectionIds) : null;
  const result = entries.map((e) => {
    const related = [...new Set(e.related)].filter((r) => r !== e.id && ids.has(r));
    const staleSection = e.section !== undefined && sections !== null && !sections.has(e.section);
    if (related.length !== e.related.length && mineById.get(e.id) === e) {
      const gone = e.related.filter((r) => !ids.has(r));
      if (gone.length) warnings.push(`Your entry "${e.id}" links to ${gone.map((g) => `"${g}"`).join(', ')}, which no longer exist${gone.length === 1 ? 's' : ''}; the link${gone.length === 1 ? ' was' : 's were'} left out.`);
    }
    if (staleSection) warnings.push(`Entry "${e.id}" names the FAQ section "${e.section}", which no longer exists; it is shown without one.`);
    if (related.length === e.related.length && related.every((r, i) => r === e.related[i]) && !staleSection) return e;
    const { section, ...rest } = e;
    return { ...rest, ...(section !== undefined && !staleSection ? { section } : {}), related };
  });
  return { entries: result, overridden, shadowed, removedForms, unmatched, warnings };
}

/**
 * The glossary the background serves: built-in plus the reader's entries. If the
 * combination were ever refused, the built-in glossary alone is served and the reason
 * is in `combined.warnings`: a reader's data never takes the glossary down.
 */
export function buildCombinedGlossary(
  builtIn: readonly EntryInput[],
  sections: readonly Section[],
  user: readonly Entry[],
): { glossary: Glossary; combined: CombinedGlossary } {
  const combined = combineWithBuiltIn(builtIn, user, sections.map((s) => s.id));
  try {
    return { glossary: buildGlossary(combined.entries, sections, combined.unmatched), combined };
  } catch (error) {
    return {
      glossary: buildGlossary(builtIn, sections),
      combined: {
        entries: builtIn.map((e) => v.parse(EntrySchema, e)),
        overridden: [],
        shadowed: [],
        removedForms: [],
        unmatched: new Map(),
        warnings: [...combined.warnings, `Your entries were not used: ${error instanceof Error ? error.message : String(error)}`],
      },
    };
  }
}
