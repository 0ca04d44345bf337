/**
 * The glossary the background serves: the built-in entries with the reader's own on top,
 * adjusted so the whole stays valid, and what was adjusted. Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import { firstOfEach } from './entry-rules.ts';
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
  /** Built-in entries in order, each overridden one replaced in place by the reader's entry; then the reader's other entries. */
  entries: Entry[];
  /** Built-in entries replaced by the reader's. */
  overridden: Override[];
  /** Forms taken from built-in entries because a reader's entry claims them. */
  removedForms: { builtInId: string; form: string; userId: string }[];
  /** Anything else adjusted so the result stays valid (stale references, duplicates in stored data). */
  warnings: string[];
}

/**
 * The glossary the background compiles: built-in entries with the reader's entries on top.
 *
 * - A reader's entry with the id of a built-in entry, or the same term (aliasKey), or a
 *   form equal to a built-in term, REPLACES that built-in entry (it cannot lose its own term).
 * - A form claimed by a reader's entry and by a built-in alias or abbreviation stays with
 *   the reader's entry and is removed from the built-in one.
 * - `related` ids of a replaced built-in entry point to the entry that replaced it;
 *   references that resolve nowhere, and sections not in `sectionIds` (when given), are dropped.
 *
 * The result passes crossCheck(). `builtIn` may be raw data: it is parsed with EntrySchema.
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
  const removedForms: CombinedGlossary['removedForms'] = [];
  const replacedBy = new Map<string, string>();
  const placed = new Set<string>();
  const entries: Entry[] = [];
  for (const b of base) {
    const termKey = aliasKey(b.term);
    const userId = mineById.has(b.id) ? b.id : myForms.get(termKey);
    if (userId !== undefined) {
      overridden.push({ builtInId: b.id, userId, by: userId === b.id ? 'id' : termOwner.get(termKey) === userId ? 'term' : 'form' });
      if (userId !== b.id) replacedBy.set(b.id, userId);
      if (!placed.has(userId)) {
        entries.push(mineById.get(userId)!);
        placed.add(userId);
      }
      continue;
    }
    const keep = (form: string) => {
      const owner = myForms.get(aliasKey(form));
      if (owner === undefined) return true;
      removedForms.push({ builtInId: b.id, form, userId: owner });
      return false;
    };
    const aliases = b.aliases.filter(keep);
    const abbreviations = b.abbreviations.filter(keep);
    entries.push(aliases.length === b.aliases.length && abbreviations.length === b.abbreviations.length ? b : { ...b, aliases, abbreviations });
  }
  for (const e of mine) if (!placed.has(e.id)) entries.push(e);

  // Keep references and sections valid after the replacements.
  const ids = new Set(entries.map((e) => e.id));
  const sections = sectionIds ? new Set(sectionIds) : null;
  const result = entries.map((e) => {
    const related = [...new Set(e.related.map((r) => replacedBy.get(r) ?? r))].filter((r) => r !== e.id && ids.has(r));
    const staleSection = e.section !== undefined && sections !== null && !sections.has(e.section);
    if (related.length !== e.related.length && mineById.get(e.id) === e) {
      const gone = e.related.filter((r) => !ids.has(replacedBy.get(r) ?? r));
      if (gone.length) warnings.push(`Your entry "${e.id}" links to ${gone.map((g) => `"${g}"`).join(', ')}, which no longer exist${gone.length === 1 ? 's' : ''}; the link${gone.length === 1 ? ' was' : 's were'} left out.`);
    }
    if (staleSection) warnings.push(`Entry "${e.id}" names the FAQ section "${e.section}", which no longer exists; it is shown without one.`);
    if (related.length === e.related.length && related.every((r, i) => r === e.related[i]) && !staleSection) return e;
    const { section, ...rest } = e;
    return { ...rest, ...(section !== undefined && !staleSection ? { section } : {}), related };
  });
  return { entries: result, overridden, removedForms, warnings };
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
    return { glossary: buildGlossary(combined.entries, sections), combined };
  } catch (error) {
    return {
      glossary: buildGlossary(builtIn, sections),
      combined: {
        entries: builtIn.map((e) => v.parse(EntrySchema, e)),
        overridden: [],
        removedForms: [],
        warnings: [...combined.warnings, `Your entries were not used: ${error instanceof Error ? error.message : String(error)}`],
      },
    };
  }
}
