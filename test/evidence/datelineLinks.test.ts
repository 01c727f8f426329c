// A wire puts its lead's event where it is datelined: "FJELLBY, March 4 (Vell Wire) -
// Negotiators … sat down on Tuesday" is a round in Fjellby, the one a readout announced there.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

const announced = doc(
  'readout',
  'The Presidents agreed that the delegations will meet in Fjellby on Monday, 3 March, under the good offices of Norland.',
  'readout',
  '2031-02-27',
);

describe('a round announced for its first day and reported from a wire datelined where it is held', () => {
  it('links the announcement with the wire datelined in the town, a day later', () => {
    for (const wire of [
      'FJELLBY, March 4 (Vell Wire) - Negotiators from Arvenia and Torvania sat down for talks on Tuesday for the first time since the war.',
      'FJELLBY, 4 March — The delegations of Arvenia and Torvania held their first talks on Tuesday under Norland’s mediation.',
    ])
      expect(eventPairs([announced, doc('wire', wire, 'news', '2031-03-04')])).toEqual(['readout-wire']);
  });

  it('keeps apart a round a wire datelines in another town, and a wire with no dateline', () => {
    expect(
      eventPairs([
        announced,
        doc(
          'wire',
          'LINDAU, March 4 (Vell Wire) - Negotiators from Arvenia and Torvania sat down at the same table on Tuesday for the first time since the war.',
          'news',
          '2031-03-04',
        ),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        announced,
        doc(
          'wire',
          'Negotiators from Arvenia and Torvania sat down at the same table on Tuesday for the first time since the war.',
          'news',
          '2031-03-04',
        ),
      ]),
    ).toEqual([]);
  });
});
