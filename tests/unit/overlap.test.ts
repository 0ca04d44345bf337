import { describe, expect, test } from 'vitest';
import { sharedRuns, wordList, wordRuns } from '../../glossary/overlap';

describe('wordList', () => {
  test('lower-cased, punctuation and typography ignored', () => {
    expect(wordList('The Gut–brain axis, in “Crohn’s” disease!')).toEqual(['the', 'gut', 'brain', 'axis', 'in', 'crohns', 'disease']);
  });
});

describe('sharedRuns', () => {
  const source = 'one two three four five six seven eight nine. Ten eleven twelve thirteen fourteen fifteen sixteen seventeen.';
  const runs = wordRuns(source, 8);

  test('eight shared words in a row are found, and a longer stretch is reported whole', () => {
    expect(sharedRuns('Zero, one two three four five six seven eight: nine and more.', runs, 8)).toEqual(['one two three four five six seven eight nine']);
  });
  test('seven shared words are not enough', () => {
    expect(sharedRuns('zero one two three four five six seven zero', runs, 8)).toEqual([]);
  });
  test('a run may cross the source’s sentence boundary; two separate runs are both reported', () => {
    expect(sharedRuns('x four five six seven eight nine ten eleven y one two three four five six seven eight', runs, 8)).toEqual([
      'four five six seven eight nine ten eleven',
      'one two three four five six seven eight',
    ]);
  });
  test('case, dashes and curly quotes do not hide a copy', () => {
    const r = wordRuns('the gut-brain axis is the two-way communication network linking', 8);
    expect(sharedRuns('The Gut–Brain Axis is the two way communication network', r, 8)).toHaveLength(1);
  });
});
