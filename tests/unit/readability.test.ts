import { describe, expect, test } from 'vitest';
import { fleschKincaidGrade, sentences, syllables, words } from '../../glossary/readability';

describe('syllables', () => {
  test.each([
    ['cat', 1],
    ['the', 1],
    ['makes', 1],
    ['named', 1],
    ['cake', 1],
    ['table', 2],
    ['little', 2],
    ['over', 2],
    ['lazy', 2],
    ['immune', 2],
    ['beautiful', 3],
    ['inflammation', 4],
    ['short-chain', 2],
    ['IL-10', 3],
  ])('%s has %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});

describe('words and sentences', () => {
  test('hyphenated words and possessives are one word', () => {
    expect(words('Short-chain fatty acids help Crohn’s patients.')).toEqual(['Short-chain', 'fatty', 'acids', 'help', 'Crohn’s', 'patients']);
  });
  test('a genus abbreviation does not end a sentence; a full stop before a capital does', () => {
    expect(sentences('E. coli lives in the gut. Most strains are harmless!')).toEqual(['E. coli lives in the gut.', 'Most strains are harmless!']);
    expect(sentences('Is it? Yes.')).toHaveLength(2);
    expect(sentences('')).toEqual([]);
  });
});

describe('fleschKincaidGrade', () => {
  // 0.39 × words per sentence + 11.8 × syllables per word − 15.59, worked by hand.
  test('"The cat sat on the mat.": 6 words, 6 syllables, grade −1.45', () => {
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 6);
  });
  test('"The quick brown fox jumps over the lazy dog.": 9 words, 11 syllables, grade 2.34', () => {
    expect(fleschKincaidGrade('The quick brown fox jumps over the lazy dog.')).toBeCloseTo(2.342, 3);
  });
  test('two sentences halve the words per sentence', () => {
    const one = fleschKincaidGrade('The cat sat on the mat, the dog sat on the rug.');
    const two = fleschKincaidGrade('The cat sat on the mat. The dog sat on the rug.');
    expect(one - two).toBeCloseTo(0.39 * (12 - 6), 6);
  });
  test('long words and long sentences read at a higher grade', () => {
    const plain = fleschKincaidGrade('Gut bugs help us. They make food and keep germs out.');
    const dense = fleschKincaidGrade(
      'Commensal microorganisms colonising the gastrointestinal tract contribute substantially to immunological homeostasis through metabolite-mediated regulatory mechanisms.',
    );
    expect(plain).toBeLessThan(4);
    expect(dense).toBeGreaterThan(20);
  });
  test('no words, grade 0', () => {
    expect(fleschKincaidGrade('… —')).toBe(0);
  });
});
