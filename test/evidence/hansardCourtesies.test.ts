// Hansard's courtesies end in a period that ends no sentence: "my right hon. Friend", "the
// rt. hon. Member for Ashby", "hon. Members". Split there, a statement loses its day and subject
// ("On Thursday my right hon." / "Friend the Prime Minister spoke to …").
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/evidence/sentences.ts';

const sentences = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('sentences over parliamentary courtesies', () => {
  it('keeps "hon." and "rt." inside the sentence', () => {
    expect(
      sentences(
        'On Thursday my right hon. Friend the Prime Minister spoke to the President of Torvania. He was clear.',
      ),
    ).toEqual([
      'On Thursday my right hon. Friend the Prime Minister spoke to the President of Torvania.',
      'He was clear.',
    ]);
    expect(
      sentences('I thank the rt. Hon. Member for Ashby West. Hon. Members will know the answer.'),
    ).toEqual(['I thank the rt. Hon. Member for Ashby West.', 'Hon. Members will know the answer.']);
  });

  it('still ends a sentence at other words in a period', () => {
    expect(sentences('The talks ended at noon. Hon. Members asked why.')).toEqual([
      'The talks ended at noon.',
      'Hon. Members asked why.',
    ]);
  });
});
