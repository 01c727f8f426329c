// One line quoted word for word by two sources (renderings.ts) is one utterance, however common
// its words in the sources read: linked, and flagged where each source gives it to another
// person. Invented lines of the Arvenia–Torvania talks: a State-Department-style readout against
// a wire.
import { describe, expect, it } from 'vitest';
import { doc, kinds, readoutQuoting, wireQuoting } from './linkedDocs.ts';

const [readout, wire] = [readoutQuoting, wireQuoting];

describe('one line quoted word for word and given to two people', () => {
  const slogan = 'a ceasefire that is shared is a ceasefire that lasts';
  it('links the line however common its words, and flags its two speakers', () => {
    expect(
      kinds(
        readout(slogan),
        doc(
          'b',
          `KESSEL, March 6 (Wirenews) - At a dinner with ambassadors in the capital last week, Varin summed up his approach: "A ceasefire that is shared is a ceasefire that lasts."`,
          'news',
          '2031-03-06',
        ),
      ),
    ).toContain('attribution ab');
  });

  it('does not flag a short phrase anyone says, nor the line given to one speaker twice', () => {
    expect(kinds(readout('the text is final'), wire('The text is final', 'Varin'))).not.toContain(
      'attribution ab',
    );
    expect(
      kinds(readout(slogan), wire('A ceasefire that is shared is a ceasefire that lasts')),
    ).not.toContain('attribution ab');
  });
});
