// Leaders speak by phone every week and meet in one town more than once: the readout of each
// occasion is worded alike ("spoke with … by phone today"), and only its day tells it apart.
// Neither the events nor their sentences are linked; one call told a day apart, or a signing
// and the ratification it follows, are not made two by this.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

/** The pairs of sources linked at all, events or sentences. */
const linked = (...docs: ReturnType<typeof doc>[]) => [
  ...new Set(linkSources(docs, roster).links.map((l) => [l.a.source, l.b.source].sort().join('-'))),
];

describe('calls and meetings of the same people on days apart', () => {
  it('keeps apart two presidency readouts of calls a week apart', () => {
    const first = doc(
      'first',
      'President Kostal spoke with President Varin by phone today.',
      'readout',
      '2031-03-04',
    );
    const second = doc(
      'second',
      'President Kostal spoke with President Varin by phone today.',
      'readout',
      '2031-03-11',
    );
    expect(linked(first, second)).toEqual([]);
    expect(kinds(first, second)).toEqual([]);
  });

  it('keeps apart a Kremlin-style item and a wire about meetings in one town a month apart', () => {
    const march = doc(
      'march',
      'Oleg Varin met President of Arvenia Mira Kostal in Fjellby on 4 March.',
      'readout',
      '2031-03-04',
    );
    const april = doc(
      'april',
      'FJELLBY, April 2 (Vell Wire) - Arvenian President Mira Kostal met Torvanian President Oleg Varin in Fjellby on Wednesday.',
      'news',
      '2031-04-02',
    );
    expect(linked(march, april)).toEqual([]);
  });

  it('keeps apart a meeting told as done and one its source wrote of before it was held', () => {
    const wire = doc('wire', 'The delegations met in Fjellby for six hours.', 'news', '2031-03-05');
    const again = doc(
      'again',
      'MS ENG: The delegations met in Fjellby again today, for three hours.',
      'press-conference',
      '2031-03-20',
    );
    expect(linked(wire, again)).toEqual([]);
  });

  it('still links one call dated a day apart by two sources', () => {
    const readout = doc(
      'readout',
      'President Kostal spoke with President Varin by phone today.',
      'readout',
      '2031-03-04',
    );
    const news = doc(
      'news',
      'KESSEL, March 5 (Vell Wire) - Arvenian President Mira Kostal telephoned Torvanian President Oleg Varin on 3 March.',
      'news',
      '2031-03-05',
    );
    expect(linked(readout, news)).toContain('news-readout');
  });
});
