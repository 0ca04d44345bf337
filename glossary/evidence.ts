/**
 * How sure science is about a claim: the three levels a card or an answer shows beside a
 * claim about effects (plain definitions carry none). Pure: no DOM, no `browser`.
 */

/** Shown in people; shown only in animals or laboratory experiments; or still debated. */
export const EVIDENCE_LEVELS = ['people', 'animals', 'debated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** The word shown for each level, and the sentence behind it (the tooltip). */
export const EVIDENCE_TEXT: Record<EvidenceLevel, { label: string; explanation: string }> = {
  people: {
    label: 'Shown in people',
    explanation: 'Clinical trials, or consistent findings in large groups of people, show it.',
  },
  animals: {
    label: 'Animals or lab',
    explanation: 'Shown in animals (mostly mice) or in cells in the laboratory; not yet shown to work the same way in people.',
  },
  debated: {
    label: 'Debated',
    explanation: 'Studies disagree, results are small or inconsistent, or a link has been seen without proof that one thing causes the other.',
  },
};
