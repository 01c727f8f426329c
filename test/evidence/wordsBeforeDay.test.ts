// A limit told by a weekday: the date reader takes "by Thursday", "until Friday, 7 March" as one
// date, and the limit's readers must still see the "by". Invented sentences about the
// Arvenia–Torvania talks, in a briefing's, a fact sheet's and a post's words.
import { describe, expect, it } from 'vitest';
import { toldDeadlineDays } from '../../src/evidence/deadlineWording.ts';
import { dueBy } from '../../src/evidence/dueBy.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

// A Wednesday: "Thursday" is 6 March, "Friday" 7 March.
const PUBLISHED = '2031-03-05';
const dueDay = (text: string) => dueBy(sentencePassage(text, PUBLISHED), roster)?.day;
const reasons = (a: string, b: string) =>
  linkSources(
    [doc('a', a, 'press-conference', PUBLISHED), doc('b', b, 'press-release', PUBLISHED)],
    roster,
  ).links.map((l) => l.reason);

describe('a limit told by a weekday', () => {
  it('reads the limit whether the preposition is read into the day or not', () => {
    expect(dueDay('The President wants to see an answer from the Citadel by Thursday.')).toBe('2031-03-06');
    expect(dueDay("Torvania's answer is expected by Thursday, 6 March.")).toBe('2031-03-06');
    expect(dueDay('Written comments are due before Friday, the mediator said.')).toBe('2031-03-07');
    expect(toldDeadlineDays('Torvania has until Friday to say yes.', PUBLISHED)).toEqual(['2031-03-07']);
    expect(toldDeadlineDays('We demanded an answer by Thursday, in writing.', PUBLISHED)).toEqual([
      '2031-03-06',
    ]);
  });

  it('reads no limit from a day something happens on', () => {
    expect(dueDay('The delegations meet again on Thursday in Sorrance.')).toBeUndefined();
    expect(toldDeadlineDays('The talks ran until Thursday and ended without a text.', PUBLISHED)).toEqual([]);
  });

  it('links one answer due by one weekday, not two acts due that day', () => {
    expect(
      reasons(
        'The President wants to see an answer from Torvania by Thursday.',
        "Torvania's answer to the framework is expected by Thursday, 6 March.",
      ).some((r) => r.startsWith('one deadline')),
    ).toBe(true);
    expect(
      reasons(
        'The President wants to see an answer from Torvania by Thursday.',
        'The first observers of the Union deploy along the Vell by Thursday, 6 March.',
      ).some((r) => r.startsWith('one deadline')),
    ).toBe(false);
  });
});
