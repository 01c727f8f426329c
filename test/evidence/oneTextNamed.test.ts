// Sources name the one text under negotiation by any of its bare names ("the plan", "the
// framework", "the document"): two authors said for it contradict whatever each calls it. A
// qualified name ("the revised text", "an early working draft", "the draft framework") may be
// another text or another version, and stays apart. Sentences invented for the test, in the
// house styles of a readout, a post, a wire and a press-conference turn.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const flags = (a: string, b: string) => kinds(doc('a', a, 'readout'), doc('b', b, 'social', '2031-03-06'));

describe('two authors of the text, each naming it its own way', () => {
  it('flags "the framework" drafted by one party against "the plan" written by another', () => {
    expect(flags('The framework was drafted by Norland.', 'The plan was written by Arvenia.')).toEqual([
      'authorship ab',
    ]);
    expect(
      flags(
        'Envoy Dahl made clear that the framework was drafted by Norland.',
        'Arvenia wrote the document.',
      ),
    ).toEqual(['authorship ab']);
  });

  it('keeps apart a qualified text: another version or another paper', () => {
    expect(
      flags(
        'The framework was drafted by Norland.',
        'The revised text was drafted by the Union secretariat.',
      ),
    ).toEqual([]);
    expect(
      flags('The framework was drafted by Norland.', 'It was an early working draft prepared by Arvenia.'),
    ).toEqual([]);
    expect(flags('The framework was drafted by Norland.', 'The plan was written by Norland.')).toEqual([]);
  });
});

describe('a text said written in a capital', () => {
  it('names the government the capital stands for as its author', () => {
    expect(
      flags('The plan was drafted by Norland.', 'The new plan was written in Kessel, not in Fjellby.'),
    ).toEqual(['authorship ab']);
    expect(flags('Arvenia drafted the framework.', 'The new plan was written in Kessel.')).toEqual([]);
  });

  it('names no author from a venue that is no party, nor from a place it was not written in', () => {
    expect(flags('The plan was drafted by Norland.', 'The plan was written in Geneva.')).toEqual([]);
    expect(flags('The plan was drafted by Norland.', 'The plan was not written in Kessel.')).toEqual([]);
  });
});
