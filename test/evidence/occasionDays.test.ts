// Event dates that are no day of the occasion: an occasion thanked for in a call readout, dated by
// the call; a day inside the days another source gives the occasion; a deadline one source tells
// as the new one. None is a date contradiction; two different spans, a thanked occasion with its own
// day, and two first deadlines still are. Invented sentences in readout, wire, ministry and
// briefing styles.
import { describe, expect, it } from 'vitest';
import { occasionDaysAgree, openedAndClosed } from '../../src/evidence/occasionDays.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { sentencePassage } from './linkedDocs.ts';

const passage = (text: string, published = '2031-03-20'): Passage => sentencePassage(text, published);

describe('an occasion thanked for in a readout of another', () => {
  const call = passage(
    'During the call, the President thanked the Emir for the hosting of the first round of talks in Drava.',
  );
  const gratitude = passage(
    'The Minister expressed gratitude for the hospitality and organisation of the round in Drava.',
  );
  it('gives the occasion no day of its own', () => {
    expect(
      occasionDaysAgree(
        call,
        passage('The first round ended in Drava on Tuesday.'),
        '2031-03-20',
        '2031-03-17',
        false,
      ),
    ).toBe(true);
    expect(occasionDaysAgree(gratitude, call, '2031-03-19', '2031-03-20', false)).toBe(true);
  });
  it('still compares a thanked occasion that gives its own day', () => {
    const dated = passage('The President thanked Norland for hosting the round in Drava on 12 March.');
    expect(
      occasionDaysAgree(
        dated,
        passage('The round opened in Drava on 14 March.'),
        '2031-03-12',
        '2031-03-14',
        false,
      ),
    ).toBe(false);
  });
});

describe('a day within the days another source spans', () => {
  const span = passage('The first round of talks was held in Drava on days 11 and 12 of March.');
  it('agrees with one day of the span', () => {
    expect(
      occasionDaysAgree(
        span,
        passage('Officials worked through the night in Drava on March 11.'),
        '2031-03-12',
        '2031-03-11',
        false,
      ),
    ).toBe(true);
    expect(
      occasionDaysAgree(
        passage('Talks ran from 11 to 13 March in Drava.'),
        passage('Talks in Drava on 12 March went well.'),
        '2031-03-11',
        '2031-03-12',
        false,
      ),
    ).toBe(true);
  });
  it('still flags a day told as the opening that is not the first of the span', () => {
    const opens = passage('Arvenian and Torvanian negotiators opened talks in Drava on March 12.');
    expect(occasionDaysAgree(span, opens, '2031-03-12', '2031-03-12', false)).toBe(false);
  });
  it('still flags two spans told differently, and a day outside the span', () => {
    expect(
      occasionDaysAgree(
        passage('The round was held on 1–2 April.'),
        passage('The round, on 2 and 3 April, was hailed.'),
        '2031-04-01',
        '2031-04-02',
        false,
      ),
    ).toBe(false);
    expect(
      occasionDaysAgree(
        span,
        passage('The round in Drava took place on March 14.'),
        '2031-03-12',
        '2031-03-14',
        false,
      ),
    ).toBe(false);
  });
  it('still flags the same day of another month', () => {
    expect(
      occasionDaysAgree(
        span,
        passage('The round in Drava took place on April 12.'),
        '2031-03-12',
        '2031-04-12',
        false,
      ),
    ).toBe(false);
  });
});

describe('a deadline told as the new one', () => {
  const first = passage("The Envoy said Norland expects Arvenia's answer to the framework by March 11.");
  it('does not contradict the first deadline', () => {
    expect(
      occasionDaysAgree(
        first,
        passage("Given the progress today, we now expect Arvenia's answer by the 18th."),
        '2031-03-11',
        '2031-03-18',
        true,
      ),
    ).toBe(true);
    expect(
      occasionDaysAgree(
        first,
        passage('Norland now wants the reply by 18 March, a spokesman said.'),
        '2031-03-11',
        '2031-03-18',
        true,
      ),
    ).toBe(true);
  });
  it('still flags two first deadlines told differently', () => {
    expect(
      occasionDaysAgree(
        first,
        passage('Arvenia was told to reply by March 14.'),
        '2031-03-11',
        '2031-03-14',
        true,
      ),
    ).toBe(false);
  });
});

describe("a round's first day in one source and its last in another", () => {
  it('are two true days of one round', () => {
    const opens = passage('Kessel is to host the third round, which is set to open there on Wednesday.');
    const until = passage('The third round of talks goes on in Kessel until 13 March.');
    expect(occasionDaysAgree(opens, until, '2031-03-11', '2031-03-13', false)).toBe(true);
    expect(
      openedAndClosed(
        passage('The delegations reach Fjellby on Monday; the round is meant to last three days.'),
        passage('Three days of Arvenia–Torvania talks in Fjellby ended tonight.'),
        '2031-03-10',
        '2031-03-12',
      ),
    ).toBe(true);
  });
  it('still disagree as two openings, a close before the opening, or against a span', () => {
    const opens = passage('Kessel is to host the third round, which is set to open there on Wednesday.');
    expect(
      occasionDaysAgree(
        opens,
        passage('The third round of talks opened in Kessel on Thursday.'),
        '2031-03-11',
        '2031-03-12',
        false,
      ),
    ).toBe(false);
    expect(
      openedAndClosed(
        opens,
        passage('The third round ended in Kessel on Tuesday.'),
        '2031-03-11',
        '2031-03-10',
      ),
    ).toBe(false);
    expect(
      openedAndClosed(
        opens,
        passage('The round held in Kessel from 12 to 14 March ended with a joint text.'),
        '2031-03-11',
        '2031-03-12',
      ),
    ).toBe(false);
  });
  it('still disagree when the close is weeks on, or past the told length', () => {
    const opens = passage('Kessel is to host the third round, which is set to open there on 11 March.');
    expect(
      openedAndClosed(
        opens,
        passage('The third round ended in Kessel on 29 April.'),
        '2031-03-11',
        '2031-04-29',
      ),
    ).toBe(false);
    expect(
      openedAndClosed(
        passage('The delegations reach Fjellby on Monday; the round is meant to last three days.'),
        passage('The round of Arvenia–Torvania talks in Fjellby ended on Friday.'),
        '2031-03-10',
        '2031-03-14',
      ),
    ).toBe(false);
  });
  it('still disagree when "end" or "until" is said of something else', () => {
    const opens = passage('Kessel is to host the third round, which is set to open there on Wednesday.');
    expect(
      occasionDaysAgree(
        passage('The third round of talks meant to end the fighting is due in Kessel on Friday.'),
        opens,
        '2031-03-14',
        '2031-03-12',
        false,
      ),
    ).toBe(false);
    expect(
      occasionDaysAgree(
        passage('The third round of talks, put off until now, is due in Kessel on Friday.'),
        opens,
        '2031-03-14',
        '2031-03-12',
        false,
      ),
    ).toBe(false);
  });
});
