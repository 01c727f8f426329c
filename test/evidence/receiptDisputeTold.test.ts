// A sentence that tells both sides of who has the text ("the mediator says the text went to both
// delegations; Torvania says it has not seen it") reports a dispute: it is no side of it, and
// sets nothing against a source on either side. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const readout = doc(
  'a',
  'Secretary Solberg noted that the revised text of the water protocol was shared with both delegations today.',
  'readout',
  '2031-03-05',
);

describe('a dispute over who has the text, told by one source', () => {
  it('raises no status flag against either side', () => {
    const wire = doc(
      'b',
      'Fjellby says the revised text was shared with both delegations; Torvania says it has not received the revised text.',
      'news',
      '2031-03-07',
    );
    expect(kinds(readout, wire).filter((k) => k.startsWith('status'))).toEqual([]);
  });

  it('still flags a party that says, on its own, it has not received it', () => {
    const post = doc('b', 'Pavel Surin: Torvania has not received the revised text.', 'social', '2031-03-07');
    expect(kinds(readout, post)).toEqual(['status ab']);
  });
});
