// An occasion told by "it" (probe 17, class 9): a ministry briefing's item headed "On the next
// round of talks" whose body says "It will take place in Fjellby on 20 March.", an answer turn
// under "When is the next round of talks?", a spokeswoman's "It will take place ..., she said".
// The pronoun stands for the occasion the heading, the question or the sentence before names,
// and the sentence is dated, placed and linked as "The next round will take place ..." is. Not
// "It will be published" (a text), nor an antecedent that names no occasion.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';
import { doc, eventPairs, kinds } from './linkedDocs.ts';

describe('an occasion told by "it"', () => {
  it('reads it under a heading, after a question, and after the sentence that names it', () => {
    expect(
      events('On the next round of talks\n\nIt will take place in Fjellby on 20 March.', 'press-conference'),
    ).toEqual([['talks', '2031-03-20']]);
    expect(
      events(
        'Question: When is the next round of talks?\n\nAnswer: It will take place in Fjellby on 20 March.',
        'press-conference',
      ),
    ).toEqual([['talks', '2031-03-20']]);
    expect(
      events(
        'The spokeswoman spoke about the signing ceremony. It is now scheduled for 20 March, she said.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-20']]);
  });

  it('leaves a text, an antecedent that is no occasion, and a pronoun with nothing of its own', () => {
    expect(events('We discussed the text. It will be published on 20 March.', 'press-conference')).toEqual(
      [],
    );
    expect(events('On the exchange of prisoners\n\nIt took place on Sunday.', 'press-conference')).toEqual(
      [],
    );
    expect(events('On the next round of talks\n\nIt will take place soon.', 'press-conference')).toEqual([]);
  });

  it("links the briefing's item with a ministry's date for the round, and flags the two days", () => {
    const briefing = doc(
      'briefing',
      'Briefing by the Spokeswoman\n\nOn the next round of talks\n\nIt will take place in Fjellby on 20 March. Both delegations have confirmed their participation.',
      'press-conference',
      '2031-03-10',
    );
    const mfa = doc(
      'mfa',
      'The next round of talks will be held in Fjellby on 22 March, the Ministry announced today.',
      'press-release',
      '2031-03-11',
    );
    expect(eventPairs([briefing, mfa])).toEqual(['briefing-mfa']);
    expect(kinds(briefing, mfa)).toEqual(['date briefingmfa']);
  });
});
