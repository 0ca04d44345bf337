/**
 * The part of a FAQ answer that concerns one entry: the sentences of the section's short
 * answer and paragraphs that mention the entry's forms (or, failing that, its related
 * entries' forms), so a card for "C. diff" quotes what the answer says about C. diff rather
 * than its opening lines about something else. Pure: no DOM, no `browser`.
 */
import type { EvidenceLevel } from './evidence.ts';
import { canonical } from './normalize.ts';
import type { Section } from './schema.ts';

export interface Form {
  text: string;
  caseSensitive: boolean;
}

export interface ExcerptSentence {
  text: string;
  /** The evidence level of the part it comes from (null: that part only explains). */
  evidence: EvidenceLevel | null;
}

export interface FaqExcerpt {
  sentences: ExcerptSentence[];
  /** Whether the sentences name the entry itself or only its related entries. */
  via: 'entry' | 'related';
}

/** Sentence ends: ., ! or ? then space and a capital, quote or digit ("C. difficile" stays whole). */
const SENTENCE_END = /(?<=[.!?][’”"')]?)\s+(?=[A-Z‘“"'(0-9])/u;

export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words only, one space apart, wrapped in spaces so a form is found as whole words. */
function words(text: string, caseSensitive: boolean): string {
  const w = canonical(text)
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
  return ` ${caseSensitive ? w : w.toLowerCase()} `;
}

/** The form, its plural and its singular, as whole-word keys. */
function variants(form: Form): string[] {
  const key = words(form.text, form.caseSensitive).trim();
  if (!key) return [];
  const out = [key, `${key}s`];
  if (key.length > 3 && /s$/i.test(key)) out.push(key.slice(0, -1));
  return out.map((k) => ` ${k} `);
}

function mentions(sentence: string, forms: readonly Form[]): boolean {
  const lower = words(sentence, false);
  const exact = words(sentence, true);
  return forms.some((f) => variants(f).some((v) => (f.caseSensitive ? exact : lower).includes(v)));
}

/**
 * The sentences of `section`'s answer (short answer first, then each paragraph) that mention
 * one of `own` forms, at most `max`; when none does, those that mention one of `relatives`;
 * null when neither, so the card links the question instead of quoting off-topic text.
 */
export function faqExcerpt(section: Section, own: readonly Form[], relatives: readonly Form[] = [], max = 2): FaqExcerpt | null {
  const parts: { text: string; evidence: EvidenceLevel | null }[] = [
    { text: section.shortAnswer, evidence: section.evidence.shortAnswer },
    ...section.fullAnswer.map((text, i) => ({ text, evidence: section.evidence.fullAnswer[i] ?? null })),
  ];
  const sentences = parts.flatMap((p) => splitSentences(p.text).map((text) => ({ text, evidence: p.evidence })));
  for (const [forms, via] of [
    [own, 'entry'],
    [relatives, 'related'],
  ] as const) {
    const seen = new Set<string>();
    const found = sentences.filter((s) => mentions(s.text, forms) && !seen.has(s.text) && seen.add(s.text));
    if (found.length > 0) return { sentences: found.slice(0, max), via };
  }
  return null;
}
