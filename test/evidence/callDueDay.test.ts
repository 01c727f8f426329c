// A call's sentence that also names the day a limit falls due ("spoke by telephone on March 4
// and agreed to aim for signing by March 20") still dates the call alone: the due day is no
// second occasion anyone was at. Two days of the call's own kind are two calls, either of them the one on the 5th.
import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../src/evidence/contradictions.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const dated = (...docs: ReturnType<typeof doc>[]) =>
  findContradictions(docs, roster)
    .filter((c) => c.kind === 'date')
    .map((c) => c.reason);

const readout = doc(
  'readout',
  'On 5 March 2031, President Mira Kostal held a telephone conversation with President Oleg Varin.',
  'readout',
  '2031-03-05',
);

describe('the day of a call beside a due day', () => {
  it('flags the call dated a day apart though the sentence names a deadline (ministry statement, wire)', () => {
    const statement = doc(
      'statement',
      'President Kostal spoke by telephone with President Varin on March 4, and both sides agreed to aim for signing by March 20.',
      'press-release',
      '2031-03-07',
    );
    expect(dated(readout, statement)).toEqual(['the same call on 2031-03-05 and on 2031-03-04']);
  });

  it('does not flag where the sentence dates two calls', () => {
    const wire = doc(
      'wire',
      'President Kostal spoke by telephone with President Varin on March 2 and again on March 4.',
      'news',
      '2031-03-07',
    );
    expect(dated(readout, wire)).toEqual([]);
  });
});
