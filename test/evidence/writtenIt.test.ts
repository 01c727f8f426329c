// A text said written as "it" is the text the pronoun stands for, named just before; a text the
// same sentence names after the pronoun is another one. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const flags = (a: string, b: string) => kinds(doc('a', a, 'readout'), doc('b', b, 'news', '2031-03-06'));

describe('a text written as "it"', () => {
  it('compares the text "it" stands for, not one the sentence names after it', () => {
    expect(
      flags(
        'The plan was drafted by Norland.',
        'The Arvenian paper runs to six points. Arvenia wrote it because the plan forgets the border villages.',
      ),
    ).toEqual([]);
  });

  it('still flags two authors where "it" stands for the same text', () => {
    expect(
      flags(
        'The plan was drafted by Norland.',
        'The plan runs to six points. Arvenia wrote it because the paper of the envoy forgets the villages.',
      ),
    ).toEqual(['authorship ab']);
  });

  it('takes a party "prepared to" act for no text written as "it"', () => {
    expect(
      flags(
        'The framework was drafted by Norland.',
        'The draft has four pages. Torvania says it is not prepared to wait, as it wrote the framework.',
      ),
    ).toEqual(['authorship ab']);
  });
});
