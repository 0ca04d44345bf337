/**
 * A glossary ready to serve: entries validated, indexed by id, with the match table the
 * content script needs. Built once when the background starts or the glossary changes.
 * Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import { crossCheck, type Unmatched } from './entry-rules.ts';
import { faqExcerpt, type FaqExcerpt } from './faq-excerpt.ts';
import { UNMARKED, type MatchEntry } from './matcher.ts';
import { aliasKey } from './normalize.ts';
import { EntrySchema, formsOf, unmarkedPhrases, type Entry, type EntryInput, type Section } from './schema.ts';

export interface Glossary {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly sections: readonly Section[];
  readonly sectionById: ReadonlyMap<string, Section>;
  /**
   * Ids and forms only: what the content script compiles into its matcher. Phrases to leave
   * unmarked come first (under the UNMARKED id), so an entry that claims one of them wins.
   */
  readonly matchEntries: MatchEntry[];
}

/** An entry as the card and the popup show it: the entry, its section and its related entries' names. */
export interface EntryView {
  entry: Entry;
  /** The entry's FAQ question, with the sentences of its answer that concern the entry (null: none does). */
  section: (Pick<Section, 'id' | 'question'> & { excerpt: FaqExcerpt | null }) | null;
  related: { id: string; term: string }[];
}

/** A FAQ section with the names of the entries it explains. */
export interface SectionView {
  section: Section;
  entries: { id: string; term: string }[];
}

/** An entry as lists and search results show it. */
export interface SearchHit {
  id: string;
  term: string;
  definition: string;
  /** A search result found through another form than its name: which, and whether it is another spelling or a related form. */
  foundAs?: { form: string; kind: 'alias' | 'related' };
}

export const searchHit = (e: Entry): SearchHit => ({ id: e.id, term: e.term, definition: e.definition });

/** Thrown when glossary data breaks the schema; lists every problem. */
export class GlossaryError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid glossary:\n${problems.join('\n')}`);
    this.problems = problems;
  }
}

/**
 * Validates and indexes entries. `unmatched` names forms some entries keep but are not
 * matched by on pages (a built-in entry whose name a reader's entry took). Throws
 * GlossaryError listing every problem found.
 */
export function buildGlossary(inputs: readonly EntryInput[], sections: readonly Section[], unmatched?: Unmatched): Glossary {
  const problems: string[] = [];
  const entries: Entry[] = [];
  inputs.forEach((input, i) => {
    const r = v.safeParse(EntrySchema, input);
    if (r.success) entries.push(r.output);
    else for (const issue of r.issues) problems.push(`entry ${i} (${String((input as { id?: unknown }).id)}): ${v.getDotPath(issue) ?? ''} ${issue.message}`);
  });
  for (const p of crossCheck(entries, sections.map((s) => s.id), unmatched)) problems.push(`${p.entry}: ${p.field}: ${p.message}`);
  if (problems.length) throw new GlossaryError(problems);
  const unmarked = entries.flatMap(unmarkedPhrases);
  return {
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    sections,
    sectionById: new Map(sections.map((s) => [s.id, s])),
    matchEntries: [
      ...(unmarked.length ? [{ id: UNMARKED, forms: unmarked }] : []),
      ...entries.map((e) => ({ id: e.id, forms: formsOf(e).filter((f) => !unmatched?.get(e.id)?.has(aliasKey(f.text))) })),
    ],
  };
}

export function entryView(g: Glossary, id: string): EntryView | null {
  const entry = g.byId.get(id);
  if (!entry) return null;
  const section = entry.section ? g.sectionById.get(entry.section) : undefined;
  return {
    entry,
    section: section
      ? {
          id: section.id,
          question: section.question,
          excerpt: faqExcerpt(section, formsOf(entry), entry.related.flatMap((r) => (g.byId.get(r) ? formsOf(g.byId.get(r)!) : []))),
        }
      : null,
    related: entry.related.flatMap((r) => {
      const rel = g.byId.get(r);
      return rel ? [{ id: rel.id, term: rel.term }] : [];
    }),
  };
}

export function sectionView(g: Glossary, id: string): SectionView | null {
  const section = g.sectionById.get(id);
  if (!section) return null;
  return { section, entries: g.entries.filter((e) => e.section === id).map((e) => ({ id: e.id, term: e.term })) };
}
