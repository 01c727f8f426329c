// A denial of receipt reported in indirect speech, its subject the reporter's own side by the name
// of a body: "Surin told reporters that the government did not receive the text" is Torvania's
// denial, Surin being Torvania's — whatever a relative clause between Surin and his verb names.
// Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { receiptOf } from '../../src/evidence/receipt.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const deniedTo = (text: string) => [...(receiptOf(sentencePassage(text), roster)?.hasNot ?? [])];

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
      'Pavel Surin told reporters in Drava on Friday that the government did not receive the amended draft.',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, reported)).toEqual(['status ab']);
  });

  it('reads no side where the reporter names none', () => {
    const unnamed = doc(
      'b',
      'A spokesman told reporters on Friday that the government did not receive the amended draft.',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, unnamed)).toEqual([]);
  });

  it('leaves a body named with its own party: "the government of Arvenia"', () => {
    const named = doc(
      'b',
      'Pavel Surin told reporters on Friday that the government of Arvenia did not receive the amended draft.',
      'news',
      '2031-03-07',
    );
    expect(kinds(sent, named)).toEqual(['status ab']);
  });

  it('reads the reporter past a relative or participle clause, and no side for a subject of two', () => {
    expect(
      deniedTo(
        'Pavel Surin, who met the Arvenian envoy on Thursday, told reporters that the government did not receive the amended draft.',
      ),
    ).toEqual(['torvania']);
    expect(
      deniedTo(
        'Mira Kostal, speaking after her talks in Drava, said that the delegation did not receive the amended draft.',
      ),
    ).toEqual(['arvenia']);
    expect(
      deniedTo('Kostal and Surin both told reporters that the government did not receive the amended draft.'),
    ).toEqual([]);
  });
});
