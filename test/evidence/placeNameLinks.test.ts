// One place named with more words in one report than in the other: "in Velmar" and "in Velmar
// TOMORROW" (a post's capitals run on into the name), "at Velmar Castle". Invented posts,
// statements and readouts about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

describe('one place named at two lengths', () => {
  it('links a post announcing the initialling in Velmar TOMORROW with the statement welcoming it there yesterday', () => {
    const post = doc(
      'post',
      'We are on track for the initialling in Velmar TOMORROW, March 6. Big day for peace!',
      'social',
      '2031-03-05',
    );
    const statement = doc(
      'statement',
      'We welcome the initialling yesterday in Velmar of the framework on the Vell river.',
      'joint-statement',
      '2031-03-07',
    );
    expect(eventPairs([post, statement])).toEqual(['post-statement']);
  });

  it('keeps apart two initiallings on one day in two towns whose names begin alike', () => {
    const a = doc(
      'a',
      'The delegations initialled the framework in Velmar on 6 March.',
      'news',
      '2031-03-07',
    );
    const b = doc(
      'b',
      'The delegations initialled the protocol in Velmarsk on 6 March.',
      'news',
      '2031-03-07',
    );
    expect(eventPairs([a, b])).toEqual([]);
  });
});
