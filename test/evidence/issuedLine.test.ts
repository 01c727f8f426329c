// A document's own line of issue ("Done at Kessel, 4 May 2031") says where and when the document
// was issued: it puts no one at a round held there that day, as a sentence of someone there does.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const PLACED = "puts someone at the event's place on its day";
const placed = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .links.filter((l) => l.reason === PLACED)
    .map((l) => [l.a.source, l.b.source].sort().join(''));

const round = doc(
  'a',
  'The delegations of Arvenia and Torvania met in Kessel on 4 May 2031 for a round of talks on the Vell river.',
  'news',
  '2031-05-05',
);

describe("a document's own line of issue", () => {
  it('does not put anyone at the round held where and when it was issued', () => {
    const communique = doc(
      'b',
      'The foreign ministers of the Union reviewed the situation on the Vell river and called for restraint.\n\nDone at Kessel, 4 May 2031',
      'joint-statement',
      '2031-05-04',
    );
    expect(placed(round, communique)).toEqual([]);
  });

  it('still reads a line dated days before its document as placing someone at the round', () => {
    const digest = doc(
      'c',
      'The week in review.\n\nForeign ministers in Kessel, 4 May 2031\n\nThe ministers spoke to reporters afterwards.',
      'news',
      '2031-05-08',
    );
    expect(placed(round, digest)).toEqual(['ac']);
  });
});
