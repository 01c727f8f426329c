// A text initialled or countersigned is signed at an occasion of its own, however each source
// names it: "the delegations initialled today", "we signed the Accord", "the initialling ceremony".
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

describe('an initialling told as an initialling and as a signature', () => {
  it('links the joint statement’s initialling with the post that calls it signing, and the wire’s', () => {
    const joint = doc(
      'joint',
      'The delegations initialled today in Fjellby the text of the Vell River Accord.',
      'joint-statement',
    );
    const post = doc(
      'post',
      'Today in Fjellby we signed the Vell River Accord with our Torvanian partners.',
      'social',
    );
    const wire = doc(
      'wire',
      'FJELLBY, March 5 (Vell Wire) - Negotiators from Arvenia and Torvania initialled the Vell River Accord in Fjellby on Wednesday.',
    );
    expect(eventPairs([joint, post])).toEqual(['joint-post']);
    expect(eventPairs([joint, wire])).toEqual(['joint-wire']);
  });

  it('keeps an initialling apart from the signing set for another day, and from another text', () => {
    const initialled = () =>
      doc(
        'joint',
        'The delegations initialled today in Fjellby the text of the Vell River Accord.',
        'joint-statement',
      );
    // A signing sequence: initialled in Fjellby, signed there two days later — two acts.
    expect(
      eventPairs([
        doc(
          'annex',
          '(a) Initialling of the Accord by the chief negotiators in Fjellby on 3 March 2031;',
          'joint-statement',
        ),
        doc(
          'wire',
          'The Presidents signed the Vell River Accord in Fjellby on 5 March.',
          'news',
          '2031-03-05',
        ),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        initialled(),
        doc(
          'release',
          'The Presidents will sign the Vell River Accord in Fjellby on 29 March.',
          'press-release',
        ),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        initialled(),
        doc(
          'post',
          'Today in Fjellby we signed the Drava Transit Protocol with our Norland partners.',
          'social',
        ),
      ]),
    ).toEqual([]);
  });
});
