// What a deadline is for, read without the words that tell its moves or who told of them: a
// clause that says only that the limit moved ("extended from 10 March to 17 March") is no limit
// for another thing. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { dueApart, dueSaidApart } from '../../src/evidence/deadlines.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const deadlineOf = (source: string, text: string) =>
  passagesOf(doc(source, text), roster).find(
    (p) => p.claim?.kind === 'event' && p.claim.data.eventKind === 'deadline',
  )!;

describe('a deadline told only as moved', () => {
  const moved = deadlineOf('a', 'Officials said: the deadline has been extended from 10 March to 17 March.');
  const replies = deadlineOf('b', 'Arvenia and Torvania must deliver their written replies by 19 March.');
  it('is read as no limit for another thing, so two days for it disagree', () => {
    expect(dueApart(moved, replies, roster)).toBe(true);
    expect(dueSaidApart(moved, replies, roster)).toBe(false);
  });
  it('still stands apart from a limit of another thing when it names what is due', () => {
    const pullback = deadlineOf(
      'a',
      'The deadline for the pull-back of heavy weapons was moved to 17 March.',
    );
    const lists = deadlineOf('b', 'The prisoner lists must be exchanged by 19 March.');
    expect(dueSaidApart(pullback, lists, roster)).toBe(true);
  });
});
