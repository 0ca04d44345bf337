/**
 * What one page teaches the matcher: the abbreviations it defines, and whether it is about
 * our topics at all (see `context.ts`). Pure: no DOM, no `browser`; the content script hands
 * it the page's opening text, and the matcher it returns goes on learning from the text it
 * is asked to read (the rest of a long paper, a feed's new items).
 *
 * A short form whose long form the glossary knows ("Crohn's disease (CD)") is highlighted
 * as that entry on this page, even a short form the glossary refuses everywhere else ("CD"
 * is also a compact disc). A short form the page defines as something the glossary does not
 * know ("investment banking division (IBD)") is not highlighted on this page at all: the
 * page's own meaning beats the glossary's.
 */
import { findDefinitions } from './abbreviations.ts';
import { isAmbiguousForm, refusedByContext, subjectShown, TOPIC_FORMS, topicShown } from './context.ts';
import { compileMatcher, type Match, type MatchEntry, type Matcher } from './matcher.ts';

/** A short form the page defines: the entry it means, or null when the page means something the glossary does not know. */
export interface LearnedAbbreviation {
  short: string;
  long: string;
  id: string | null;
}

export interface PageTerms {
  /** Short form as written (case-sensitive) → what the page defines it as. */
  abbreviations: ReadonlyMap<string, LearnedAbbreviation>;
  /**
   * Entries the page names unambiguously (and those its definitions name): the page's topics.
   * Worked out from the page's opening text on first use, then grown by what the matcher
   * finds as more of the page is read (a feed or an app that brings its text in later).
   */
  topics: () => Set<string>;
  /** Learns the definitions in more of the page's text; true when it learned a new one. */
  learn(text: string): boolean;
}

/** The page's opening text read for definitions before highlighting; the rest is read as it is matched. */
export const MAX_SCANNED = 50_000;
/** Enough text to tell what a page is about. */
const TOPIC_SCANNED = 30_000;

/** The entry that `text` names as a whole (one match covering all of it), if any. */
function wholeMatch(matcher: Matcher, text: string): string | undefined {
  const found = matcher.find(text);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]!.id : undefined;
}

/** Content words a reader would recognise across spellings: four letters or more, cut to their first five ("microbial" = "microbiota"). */
const stems = (s: string): string[] => (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5));

/**
 * Learns the abbreviations `text` defines, resolving their long forms with `matcher`. The
 * first definition of a short form wins. With `entries` (the forms behind `matcher`), a long
 * form spelt differently from every form of the glossary's own meaning of its short form but
 * sharing a word with one ("fecal microbial transplantation (FMT)") keeps that meaning: only
 * a long form with nothing in common with it is the page's own.
 */
export function learnPageTerms(text: string, matcher: Matcher, entries: readonly MatchEntry[] = []): PageTerms {
  const abbreviations = new Map<string, LearnedAbbreviation>();
  const formsOf = (id: string) => entries.find((e) => e.id === id)?.forms.map((f) => f.text) ?? [];
  let topics: Set<string> | undefined;
  const learn = (text: string): boolean => {
    let learned = false;
    for (const d of findDefinitions(text)) {
      if (abbreviations.has(d.short)) continue;
      const longer = d.next ? `${d.long} ${d.next}` : d.long;
      // "natural killer (NK) cells": the long form continues after the bracket.
      let id = wholeMatch(matcher, d.long) ?? (d.next ? wholeMatch(matcher, longer) : undefined) ?? null;
      // A long form that names the glossary's own meaning of the short form within more words
      // ("active Crohn's disease (aCD)") keeps that meaning.
      const glossaryMeaning = wholeMatch(matcher, d.short);
      if (id === null && glossaryMeaning !== undefined && matcher.find(longer).some((m) => m.id === glossaryMeaning)) id = glossaryMeaning;
      if (id === null && glossaryMeaning !== undefined) {
        const own = new Set(stems(d.long));
        if (formsOf(glossaryMeaning).some((f) => stems(f).some((w) => own.has(w)))) id = glossaryMeaning;
      }
      abbreviations.set(d.short, { short: d.short, long: d.long, id });
      if (id !== null) topics?.add(id);
      learned = true;
    }
    return learned;
  };
  learn(text.slice(0, MAX_SCANNED));
  return {
    abbreviations,
    learn,
    topics: () => {
      if (topics) return topics;
      topics = new Set([...abbreviations.values()].flatMap((a) => (a.id === null ? [] : [a.id])));
      const head = text.slice(0, TOPIC_SCANNED);
      for (const m of matcher.find(head))
        if (!isAmbiguousForm(head.slice(m.start, m.end)) && !refusedByContext(head, m.start, m.end)) topics.add(m.id);
      return topics;
    },
  };
}

/**
 * Text that may define an abbreviation: a short form has a capital letter, inside the
 * brackets ("long form (SF)", "(SF; ref. 3)") or right before them ("SF (long form)"). Most
 * paragraphs with brackets have neither, and are not read for definitions.
 */
const MAY_DEFINE = /\p{Lu}[^()]{0,60}\)|\p{Lu}[\p{L}\p{N}\-+/.']*\s?\(/u;

/** The short form's other number: "DC" → "DCs", "DCs" → "DC" (a plural only after a capital: "Th" is not a plural). */
const otherNumber = (short: string): string => (/\p{Lu}s$/u.test(short) ? short.slice(0, -1) : `${short}s`);

/** The learned abbreviation a highlight of `text` as entry `id` comes from, if any (for the card's "Defined on this page as …"). */
export function learnedFor(page: PageTerms, text: string, id: string): LearnedAbbreviation | undefined {
  const a = page.abbreviations.get(text) ?? page.abbreviations.get(otherNumber(text));
  return a?.id === id ? a : undefined;
}

/**
 * `base` read with this page's knowledge: learned short forms (and their plurals) match as
 * their entries, short forms the page gives its own meaning no longer match, and glossary
 * matches must make sense in context (`context.ts`). Where a learned form and a glossary
 * form overlap, the longer wins ("GF mice" over "GF").
 */
export function withPageTerms(base: Matcher, page: PageTerms): Matcher {
  let blocked = new Set<string>();
  let local = compileMatcher([]);
  /** The shorter of each learned pair ("DC" of "DC"/"DCs"): it is in every text that holds either. */
  let shorts: string[] = [];
  const relearn = () => {
    blocked = new Set<string>();
    const learned: { id: string; forms: { text: string; caseSensitive: boolean }[] }[] = [];
    for (const a of page.abbreviations.values()) {
      const forms = [a.short, otherNumber(a.short)];
      if (a.id === null) for (const f of forms) blocked.add(f);
      else learned.push({ id: a.id, forms: forms.map((text) => ({ text, caseSensitive: true })) });
    }
    local = compileMatcher(learned);
    shorts = learned.map((l) => l.forms.map((f) => f.text).reduce((a, b) => (a.length <= b.length ? a : b)));
  };
  relearn();
  // Topic forms whose entry the glossary has ("fibre" → dietary fibre), checked against the page's topics on first use.
  const topical = TOPIC_FORMS.filter((r) => base.find(r.name).some((m) => m.id === r.id));
  const topicalMatcher = compileMatcher(topical.map((r) => ({ id: r.id, forms: r.forms.map((text) => ({ text, caseSensitive: false })) })));
  const topicalHint = new RegExp(topical.flatMap((r) => r.forms).join('|') || '(?!)', 'i');
  let shownTopical = new Set<string>();
  /** The topics' size when `shownTopical` was worked out: it is worked out again as they grow. */
  let shownFor = -1;
  const topicalFind = (text: string): Match[] => {
    if (!topicalHint.test(text)) return [];
    const topics = page.topics();
    if (shownFor !== topics.size) {
      shownTopical = new Set(topical.filter((r) => subjectShown(topics, r)).map((r) => r.id));
      shownFor = topics.size;
    }
    return shownTopical.size ? topicalMatcher.find(text).filter((m) => shownTopical.has(m.id) && !refusedByContext(text, m.start, m.end)) : [];
  };
  return {
    get formCount() {
      return base.formCount + local.formCount;
    },
    find(text: string): Match[] {
      // A definition in text read after the opening ("… Crohn's disease (CD) …" in a feed's
      // new item) is learned before the text is matched, so it holds from there on.
      if (text.includes('(') && MAY_DEFINE.test(text) && page.learn(text)) relearn();
      // Most text holds none of the page's short forms: a plain search rules it out quickly.
      const own = [...(shorts.some((s) => text.includes(s)) ? local.find(text) : []), ...topicalFind(text)];
      const kept = base.find(text).filter((m) => {
        const written = text.slice(m.start, m.end);
        return !blocked.has(written) && !refusedByContext(text, m.start, m.end);
      });
      let glossary = kept;
      if (kept.length) {
        // What this text names unambiguously shows what the page is about, for this text and what follows.
        const topics = page.topics();
        const ambiguous = kept.map((m) => isAmbiguousForm(text.slice(m.start, m.end)));
        kept.forEach((m, i) => ambiguous[i] || topics.add(m.id));
        glossary = kept.filter((m, i) => !ambiguous[i] || topicShown(topics, m.id));
      }
      if (own.length === 0) return glossary;
      const merged: Match[] = [];
      for (const m of [...own, ...glossary].sort((a, b) => a.start - b.start || b.end - a.end)) {
        const last = merged.at(-1);
        if (last !== undefined && m.start < last.end) continue; // overlaps a longer (or earlier) one
        merged.push(m);
      }
      return merged;
    },
  };
}
