// One meeting of two leaders, told by sources that each put another of them first: the host's
// release ("the meeting between the President of Arvenia, Mira Kostal, and …"), the joint
// statement, the wire. Calls and meetings with different people stay apart.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

describe('one meeting whose sources list its people in different clauses', () => {
  it('links the host’s release, the joint statement and the wire on one meeting of two presidents', () => {
    const release = doc(
      'release',
      'Norland welcomes the meeting held today in Fjellby between the President of Arvenia, Mira Kostal, and the President of Torvania, Oleg Varin, under the auspices of Foreign Minister Ingrid Solberg.',
      'press-release',
    );
    const joint = doc(
      'joint',
      'At the invitation of Foreign Minister Ingrid Solberg, the President of Arvenia, Mira Kostal, and the President of Torvania, Oleg Varin, met in Fjellby on 5 March 2031.',
      'joint-statement',
    );
    const wire = doc(
      'wire',
      'FJELLBY, March 5 (Vell Wire) - Mira Kostal, Arvenia’s president, and her Torvanian counterpart, Oleg Varin, met in Fjellby on Wednesday for nearly four hours.',
    );
    expect(eventPairs([release, joint])).toEqual(['joint-release']);
    expect(eventPairs([release, wire])).toEqual(['release-wire']);
  });

  it('keeps apart two calls of one day with one counterpart and different callers', () => {
    expect(
      eventPairs([
        doc('kostal', 'President Kostal spoke by telephone with Henrik Dahl on Tuesday.', 'readout'),
        doc('varin', 'President Varin spoke by telephone with Henrik Dahl on Tuesday.', 'readout'),
      ]),
    ).toEqual([]);
    // The other caller named in passing does not make the calls one.
    expect(
      eventPairs([
        doc('kostal', 'President Kostal spoke by telephone with Henrik Dahl on Tuesday.', 'readout'),
        doc(
          'varin',
          'President Varin, who had criticised President Kostal, spoke by telephone with Henrik Dahl on Tuesday.',
        ),
      ]),
    ).toEqual([]);
  });

  it('keeps apart two meetings of one day with nobody in common, though one names the other’s people', () => {
    expect(
      eventPairs([
        doc('a', 'President Kostal met Henrik Dahl in Fjellby on Tuesday.', 'readout'),
        doc('b', 'President Varin, whom Kostal will not meet, met Ingrid Solberg in Fjellby on Tuesday.'),
      ]),
    ).toEqual([]);
  });
});
