// One deadline day told in the words each genre uses: a leader's post ("has until 22 March to say
// YES"), a wire's "the 22 March ultimatum", a briefing's "22 March is the target", a readout's
// "respond to the framework by 22 March", an interview's "our reply before the 30th", a minister's
// "that date will not be kept; it is now 29 March". A meeting held on the day, a day two weeks on
// and a day something happened are no deadline. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { toldDeadlineDays } from '../../src/evidence/deadlineWording.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string, genreA: Genre = 'news', genreB: Genre = 'news') =>
  linkSources([doc('a', a, genreA), doc('b', b, genreB)], roster).links.map((l) => l.reason);
const PUBLISHED = '2031-03-05';

describe('a deadline day told without its noun', () => {
  it('reads the day of an ultimatum, a target, time given and an answer due', () => {
    expect(
      toldDeadlineDays('Torvania has until MARCH 22 to say YES. Big mistake if they don’t!', PUBLISHED),
    ).toEqual(['2031-03-22']);
    expect(
      toldDeadlineDays(
        'Senators welcomed the decision to back off the President’s March 22 ultimatum.',
        PUBLISHED,
      ),
    ).toEqual(['2031-03-22']);
    expect(toldDeadlineDays('Look, 22 March is the target, and we are sticking to it.', PUBLISHED)).toEqual([
      '2031-03-22',
    ]);
    expect(
      toldDeadlineDays('President Kostal first demanded an answer from the Citadel by 22 March.', PUBLISHED),
    ).toEqual(['2031-03-22']);
    expect(
      toldDeadlineDays('We will send our reply before the 30th, in writing, point by point.', PUBLISHED),
    ).toEqual(['2031-03-30']);
    expect(toldDeadlineDays('That date will not be kept; it is now 29 March.', PUBLISHED)).toEqual([
      '2031-03-29',
    ]);
  });

  it('reads no deadline in a meeting on the day, a day that passed or a day of no limit', () => {
    expect(toldDeadlineDays('The two delegations will meet in Fjellby on 22 March.', PUBLISHED)).toEqual([]);
    expect(
      toldDeadlineDays('The envoy arrived in Kessel on 22 March with the revised text.', PUBLISHED),
    ).toEqual([]);
    expect(
      toldDeadlineDays('Talks continued until 22 March, when both sides left Fjellby.', PUBLISHED),
    ).toEqual([]);
    expect(toldDeadlineDays('The prisoners were exchanged by the Union on 22 March.', PUBLISHED)).toEqual([]);
  });

  it('reads no deadline in how long something lasted, nor in a reply already given', () => {
    for (const line of [
      'The ceasefire had held until 22 March, when shelling resumed.',
      'The delegations have been in Fjellby until 22 March.',
      'Torvania replied before 22 March, officials said.',
    ])
      expect(toldDeadlineDays(line, PUBLISHED)).toEqual([]);
    expect(toldDeadlineDays('Torvania now has only until 22 March to answer.', PUBLISHED)).toEqual([
      '2031-03-22',
    ]);
  });

  it('links a leader’s post and a wire that give one day for the answer', () => {
    expect(
      reasons(
        'Torvania has until MARCH 22 to say YES to the best deal it will ever get!',
        'KESSEL, March 6 (Tessin Wire) - President Mira Kostal first demanded an answer from the Citadel by March 22, officials said on Thursday.',
        'social',
      ),
    ).toContain('one deadline day: 2031-03-22');
  });

  it('links a briefing’s target and a statement on the ultimatum of the same day', () => {
    expect(
      reasons(
        'MS HALVORSEN: Look, March 22 is the target. It has been the target since the President wrote it.',
        'I welcome the fact that the Administration has backed off the President’s March 22 ultimatum and has given the talks more time.',
        'press-conference',
        'press-release',
      ),
    ).toContain('one deadline day: 2031-03-22');
  });

  it('links a readout’s day for responses to a podcast’s deadline of that day', () => {
    expect(
      reasons(
        'President Solberg emphasized that Norland expects both parties to respond to the framework by 30 March.',
        'HOST: And the deadline, I understand, is now 30 March, so you have a few days.',
        'readout',
        'meeting-transcript',
      ),
    ).toContain('one deadline day: 2031-03-30');
  });

  it('links a moved deadline told as "it is now" a day to a post giving that day', () => {
    expect(
      reasons(
        'The original date will not be kept; it is now 29 March, at the request of the mediator.',
        'Torvania has until March 29 to give its answer on the framework.',
      ),
    ).toContain('one deadline day: 2031-03-29');
  });

  it('leaves an ultimatum and a meeting held on its day apart', () => {
    expect(
      reasons(
        'Torvania has until MARCH 22 to say YES to the best deal it will ever get!',
        'The delegations of Arvenia and Torvania will hold a session of the working group on water in Fjellby on March 22.',
        'social',
      ),
    ).not.toContain('one deadline day: 2031-03-22');
    expect(
      reasons(
        'Torvania has until MARCH 22 to say YES to the best deal it will ever get!',
        'KESSEL, March 6 (Tessin Wire) - President Mira Kostal demanded an answer from the Citadel by March 29.',
        'social',
      ),
    ).not.toContain('one deadline day: 2031-03-22');
  });
});
