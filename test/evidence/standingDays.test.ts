// A deadline's day said to stand against a source that tells it moved, or against another account
// of the same occasion: a claim against the move, flagged; a move told days after the day was said
// to stand is a later move, and a day that no longer stands is none. Invented sentences about the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/evidence/passages.ts';
import { toldAsStanding } from '../../src/evidence/standingDays.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const deadline = (text: string, date: string) =>
  ({
    text,
    published: '2031-03-05',
    claim: { kind: 'event', data: { eventKind: 'deadline', date } },
  }) as unknown as Passage;

describe('a day told as standing', () => {
  it('reads the words that keep a day, before or after it in its clause', () => {
    expect(
      toldAsStanding(
        deadline(
          'The 14 March date for the parties’ written comments remains unchanged, the ministry said.',
          '2031-03-14',
        ),
        roster,
      ),
    ).toBe(true);
    expect(
      toldAsStanding(
        deadline(
          'The cut-off of 14 March was fixed by the facilitator, and for our part it has not been changed.',
          '2031-03-14',
        ),
        roster,
      ),
    ).toBe(true);
  });

  it('reads words tied to the day before it, and bare ones after it with the day for subject', () => {
    const stands = (text: string) => toldAsStanding(deadline(text, '2031-03-14'), roster);
    expect(stands('The cut-off for comments remains set for 14 March, the ministry said.')).toBe(true);
    expect(stands('The 14 March date, fixed by the facilitator, stands.')).toBe(true);
    // Another subject keeps something else: gaps between the parties, objections.
    expect(stands('Wide gaps remain ahead of the 14 March cut-off for comments, the ministry said.')).toBe(
      false,
    );
    expect(stands('By 14 March, several objections still stand, the ministry said.')).toBe(false);
  });

  it('reads none in a day that no longer stands, nor past another day', () => {
    expect(
      toldAsStanding(
        deadline('The 14 March cut-off no longer stands, the ministry said.', '2031-03-14'),
        roster,
      ),
    ).toBe(false);
    expect(
      toldAsStanding(
        deadline(
          'Comments are due on 14 March, while the signing remains planned for 28 March.',
          '2031-03-14',
        ),
        roster,
      ),
    ).toBe(false);
  });
});

describe('a standing day against a move', () => {
  const stands = doc(
    'a',
    'Arvenia’s foreign ministry said the deadline of 14 March for written remarks on the fishing protocol remains unchanged.',
    'press-release',
    '2031-03-06',
  );
  it('disagrees with a move told the same day', () => {
    const moved = doc(
      'b',
      'The deadline for written remarks on the fishing protocol has been extended from 14 March to 21 March, the officials confirmed.',
      'news',
      '2031-03-06',
    );
    expect(kinds(stands, moved)).toEqual(['date ab']);
  });

  it('does not disagree with a move when only gaps are said to remain before the day', () => {
    const gaps = doc(
      'a',
      'Gaps remain ahead of the 14 March deadline for written remarks on the fishing protocol, the minister said.',
      'news',
      '2031-03-06',
    );
    const moved = doc(
      'b',
      'The deadline for written remarks on the fishing protocol has been extended from 14 March to 21 March, the officials confirmed.',
      'news',
      '2031-03-06',
    );
    expect(kinds(gaps, moved)).toEqual([]);
  });

  it('does not disagree with a move told days later', () => {
    const later = doc(
      'b',
      'The deadline for written remarks on the fishing protocol has been extended from 14 March to 21 March, the officials confirmed.',
      'news',
      '2031-03-11',
    );
    expect(kinds(stands, later)).toEqual([]);
  });
});
