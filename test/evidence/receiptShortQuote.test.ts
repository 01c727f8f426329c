// A short quotation that denies a party was given the text ("We were not shown the draft.") has
// few content words, yet it is the party's claim against prose that says the text was sent: it is
// compared with prose, not only with other quotations. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const readout = doc(
  'a',
  'Secretary Solberg confirmed that the revised text of the harbour accord was transmitted to both delegations late on 3 March.',
  'readout',
  '2031-03-04',
);

describe('a short quotation denying receipt', () => {
  it('is flagged against prose that says the text went to both delegations', () => {
    const wire = doc(
      'b',
      'KESSEL, March 6 (Wirenews) - President Varin spoke to reporters after the cabinet met.\n\n"We were not shown the new text," Varin said.',
      'news',
      '2031-03-06',
    );
    expect(kinds(readout, wire)).toEqual(['status ab']);
  });

  it('gives no flag for a short quotation that names no text', () => {
    const wire = doc(
      'b',
      'KESSEL, March 6 (Wirenews) - President Varin spoke to reporters after the cabinet met.\n\n"We were never shown anything," Varin said.',
      'news',
      '2031-03-06',
    );
    expect(kinds(readout, wire)).toEqual([]);
  });
});
