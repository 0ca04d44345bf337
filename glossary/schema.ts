/**
 * What a glossary entry and a FAQ section are: one schema for the built-in data and for
 * the reader's imports, so both are checked by the same rules. Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import { EVIDENCE_LEVELS } from './evidence.ts';
import { aliasKey } from './normalize.ts';

export const LIMITS = {
  term: 80,
  alias: 80,
  definition: { min: 20, max: 300 },
  detail: { min: 20, max: 500 },
  whyItMatters: { min: 20, max: 500 },
  question: 160,
  shortAnswer: { min: 80, max: 600 },
  paragraph: 1200,
  reason: 300,
  /** Aliases per entry and entries per glossary: enough for any real pack, small enough to stay fast. */
  aliases: 40,
  entries: 10_000,
} as const;

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

/** Trimmed, non-empty, bounded plain text with no HTML markup (text is always rendered as text). */
const text = (max: number, min = 1) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((s) => !HTML_TAG.test(s), 'must be plain text, not HTML'),
  );

/** Letters and digits in a text, counted as characters (an emoji is two UTF-16 units and no letter). */
export const lettersAndDigits = (s: string): number => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** A form matched on pages: at least two letters or digits (one letter, or punctuation alone, matches almost everywhere). */
const form = (max: number) =>
  v.pipe(
    text(max),
    v.check(
      (s) => lettersAndDigits(aliasKey(s)) >= 2,
      'must have at least two letters or digits (one letter, punctuation or symbols alone match almost everywhere)',
    ),
  );

export const IdSchema = v.pipe(
  v.string('must be text'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens'),
  v.maxLength(64, 'must be at most 64 characters'),
);

/** How sure science is about a claim (see evidence.ts for what each level means). */
export const EvidenceSchema = v.picklist(EVIDENCE_LEVELS, `must be one of ${EVIDENCE_LEVELS.map((l) => `"${l}"`).join(', ')}`);

export const EntrySchema = v.strictObject({
  /** Stable id: the `data-term-id` of every highlight of this entry. */
  id: IdSchema,
  /**
   * The term as readers see it, e.g. "regulatory T cells". Matched case-insensitively,
   * unless it is also listed in `abbreviations` ("CD70"), then only in that case.
   */
  term: form(LIMITS.term),
  /** One or two short plain-language sentences. */
  definition: text(LIMITS.definition.max, LIMITS.definition.min),
  /** The precise version, for students: shown when the reader expands the card. */
  detail: v.optional(text(LIMITS.detail.max, LIMITS.detail.min)),
  /** The FAQ section that explains the entry. */
  section: v.optional(IdSchema),
  /** The sentence or two of that section's answer that concern this entry. */
  whyItMatters: v.optional(text(LIMITS.whyItMatters.max, LIMITS.whyItMatters.min)),
  /**
   * How sure science is about the claim in `whyItMatters`. Required in the built-in
   * glossary wherever `whyItMatters` is given (BuiltInEntrySchema); optional in a reader's
   * own file, so files written before the field existed still import.
   */
  evidence: v.optional(EvidenceSchema),
  /** Word forms matched case-insensitively: plurals, spellings, full names. */
  aliases: v.optional(v.pipe(v.array(form(LIMITS.alias)), v.maxLength(LIMITS.aliases, `must hold at most ${LIMITS.aliases} forms`)), []),
  /** Abbreviations and symbols matched case-sensitively ("IBD", "Tregs", "IL-10"). */
  abbreviations: v.optional(v.pipe(v.array(form(LIMITS.alias)), v.maxLength(LIMITS.aliases, `must hold at most ${LIMITS.aliases} forms`)), []),
  /** Forms deliberately not matched, each with the reason (e.g. "DC" is also Washington, DC). */
  excluded: v.optional(
    v.array(v.strictObject({ form: text(LIMITS.alias), reason: text(LIMITS.reason) })),
    [],
  ),
  /** Ids of entries a reader would want next. */
  related: v.optional(v.array(IdSchema), []),
});

/** A built-in entry: as EntrySchema, and a "why it matters" claim always carries its evidence level. */
export const BuiltInEntrySchema = v.pipe(
  EntrySchema,
  v.forward(
    v.partialCheck(
      [['whyItMatters'], ['evidence']],
      (e) => e.whyItMatters === undefined || e.evidence !== undefined,
      'is required where whyItMatters makes a claim: "people", "animals" or "debated"',
    ),
    ['evidence'],
  ),
);

export const SectionSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    question: text(LIMITS.question),
    /** Two or three sentences, shown in the term card. */
    shortAnswer: text(LIMITS.shortAnswer.max, LIMITS.shortAnswer.min),
    /** The whole answer as paragraphs, shown in the popup and on the FAQ page. */
    fullAnswer: v.pipe(v.array(text(LIMITS.paragraph, 40)), v.minLength(1, 'must have at least one paragraph')),
    /**
     * The evidence level of the short answer and of each paragraph, in order; null for a
     * paragraph that only explains and claims no effect.
     */
    evidence: v.strictObject({ shortAnswer: EvidenceSchema, fullAnswer: v.array(v.nullable(EvidenceSchema)) }),
  }),
  v.forward(
    v.partialCheck(
      [['fullAnswer'], ['evidence', 'fullAnswer']],
      (s) => s.evidence.fullAnswer.length === s.fullAnswer.length,
      'must give one level (or null) for each paragraph of fullAnswer',
    ),
    ['evidence', 'fullAnswer'],
  ),
);

/** Input shape (optional lists may be omitted) and output shape (lists always present). */
export type EntryInput = v.InferInput<typeof EntrySchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
/** A built-in entry as written in glossary/data: whyItMatters comes with its evidence level. */
export type BuiltInEntryInput = EntryInput &
  ({ whyItMatters: string; evidence: NonNullable<EntryInput['evidence']> } | { whyItMatters?: undefined });

/** Every form of an entry that the matcher looks for, with its case rule and the field it comes from ("aliases[2]"). */
export function formSources(entry: Entry): { text: string; caseSensitive: boolean; field: string }[] {
  // A term also listed as an abbreviation ("CD70") is matched in that case only.
  const termIsAbbreviation = entry.abbreviations.includes(entry.term);
  return [
    ...(termIsAbbreviation ? [] : [{ text: entry.term, caseSensitive: false, field: 'term' }]),
    ...entry.aliases.map((text, i) => ({ text, caseSensitive: false, field: `aliases[${i}]` })),
    ...entry.abbreviations.map((text, i) => ({ text, caseSensitive: true, field: `abbreviations[${i}]` })),
  ];
}

/** Every form of an entry that the matcher looks for, with its case rule (what content scripts receive). */
export function formsOf(entry: Entry): { text: string; caseSensitive: boolean }[] {
  return formSources(entry).map(({ text, caseSensitive }) => ({ text, caseSensitive }));
}

/**
 * The excluded phrases that hold one of the entry's own forms as whole words ("lupus
 * anticoagulant" holds "lupus"): the matcher finds them so that the form inside is left
 * unmarked there, instead of opening a card about something else.
 */
export function unmarkedPhrases(entry: Entry): { text: string; caseSensitive: boolean }[] {
  const own = formSources(entry).map((f) => ` ${aliasKey(f.text)} `);
  return entry.excluded
    .filter((x) => own.some((f) => ` ${aliasKey(x.form)} `.includes(f)))
    .map((x) => ({ text: x.form, caseSensitive: false }));
}
