// A denial of receipt reported in indirect speech, its subject the reporter's own side by the name
// of a body: "Surin told reporters that the government had not been shown the text" is Torvania's
// denial, Surin being Torvania's. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const sent = doc(
  'a',
  'Envoy Dahl said the amended draft was sent to both delegations on 4 March by secure mail.',
  'readout',
  '2031-03-05',
);

describe('a denial of receipt told in indirect speech', () => {
  it('reads "the government" after "Surin told reporters that" as Surin\'s side', () => {
    const reported = doc(
      'b',
      'Pavel Surin told reporters in Drava on Friday that the government had not been shown the amended draft.',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, reported)).toEqual(['status ab']);
  });

  it('reads no side where the reporter names none', () => {
    const unnamed = doc(
      'b',
      'A spokesman told reporters on Friday that the government had not been shown the amended draft.',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, unnamed)).toEqual([]);
  });

  it('leaves a body named with its own party: "the government of Arvenia"', () => {
    const named = doc(
      'b',
      'Pavel Surin told reporters on Friday that the government of Arvenia had not been shown the amended draft.',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, named)).toEqual(['status ab']);
  });
});
