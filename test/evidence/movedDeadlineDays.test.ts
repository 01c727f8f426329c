// A deadline moved, told in the words official texts and wires use: the move's verb far from the
// day ("moved the target date for the signing of the agreement from 20 April to 27 April"), a
// relative clause holding the old day ("which had been set for tomorrow, will now be Friday 28
// March"), a move told in steps ("first to the 29th and then, for us, to the 1st of April"). And
// across sources: two accounts of one move with two new days disagree; a source that gives as
// standing a day another had already told superseded disagrees; a source written before the
// move, with the old day, does not. Invented sentences about the Arvenia–Torvania talks, in the
// styles of a UN note to correspondents, a wire, a parliamentary record, an interview, a council's
// conclusions and a ministry release.
import { describe, expect, it } from 'vitest';
import { changedTo, toldAsPast } from '../../src/evidence/deadlineMoves.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { events } from './eventsOf.ts';
import { doc, eventPairs, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('the day a moved deadline has now', () => {
  it('reads the move whose limit carries a long complement before its days', () => {
    expect(
      events(
        'The Special Envoy takes note that the parties have moved the target date for the signing of the agreement from 20 April to 27 April 2031.',
        'press-release',
      ),
    ).toEqual([['deadline', '2031-04-27']]);
    // The weekday is when the deadline was moved, not the day it now has.
    expect(
      events(
        'DRAVA, March 4 (Tessin Wire) - Norland on Tuesday pushed back the deadline for Arvenia and Torvania to answer its draft framework on the Vell river to March 28.',
        'news',
      ),
    ).toEqual([['deadline', '2031-03-28']]);
  });

  it('reads the day past the copula, the one in a relative clause being the day it was moved from', () => {
    // One deadline, on the day it now has (the corpus convention since session 25).
    expect(
      events(
        "The mediators announced this morning that the deadline for the parties' written replies, which had been set for tomorrow, will now be Friday 28 March.",
        'meeting-transcript',
      ),
    ).toEqual([
      ['statement', '2031-03-05'],
      ['deadline', '2031-03-28'],
    ]);
  });

  it('reads the last day of a move told in steps', () => {
    expect(
      events(
        'In the end the deadline was moved, first to the 29th and then, for us, to the 1st of April, so we had the time.',
        'press-conference',
        '2031-04-01',
      ),
    ).toEqual([['deadline', '2031-04-01']]);
  });

  it('reads no day from "to the 20th" that is an anniversary or a round', () => {
    expect(
      events('The Minister looked forward to the 20th anniversary of the Vell accord.', 'readout'),
    ).toEqual([]);
    expect(events('The talks moved from Fjellby to Drava on 12 March.', 'news')).toEqual([
      ['talks', '2031-03-12'],
    ]);
  });
});

describe('what a passage tells of a deadline moved in steps', () => {
  const passage = (text: string) => ({ text, published: '2031-04-01' }) as Passage;
  it('tells the last step as the day now and the earlier ones as past', () => {
    const steps = passage(
      'In the end the deadline was moved, first to the 29th and then, for us, to the 1st of April, so we had the time.',
    );
    expect(changedTo(steps, roster)).toBe('2031-04-01');
    expect(toldAsPast(steps, roster)).toEqual(['2031-03-29']);
    expect(
      changedTo(
        passage(
          'Norland on Thursday pushed back the deadline for the two sides to answer its draft to March 28.',
        ),
        roster,
      ),
    ).toBe('2031-03-28');
    expect(changedTo(passage('The deadline for replies will now be Friday 28 March.'), roster)).toBe(
      '2031-03-28',
    );
  });
});

describe('days of one moved deadline across sources', () => {
  it('flags two accounts of one move that give two new days', () => {
    const statement = doc(
      'a',
      'We note that the Norland mediation has extended to 29 March the deadline for the written replies of the parties.',
      'joint-statement',
      '2031-03-22',
    );
    const wire = doc(
      'b',
      'FJELLBY, March 21 (Tessin Wire) - Norland on Friday pushed back the deadline for the written replies to March 28, after Torvania asked for more time.',
      'news',
      '2031-03-21',
    );
    expect(kinds(statement, wire)).toEqual(['date ab']);
  });

  it('flags a day given as standing after another source told it superseded', () => {
    const release = doc(
      'a',
      'The Ministry recalls that the written replies of both parties are expected by 29 March, the deadline which the mediation set on 21 March.',
      'press-release',
      '2031-04-05',
    );
    const interview = doc(
      'b',
      'In the end the deadline was moved, first to the 29th and then, for us, to the 1st of April, so we had the time.',
      'press-conference',
      '2031-04-01',
    );
    expect(kinds(release, interview)).toEqual(['date ab']);
  });

  it('links, as two states, a day given days before a history told it superseded', () => {
    const release = doc(
      'a',
      'The Ministry recalls that the written replies of both parties are expected by 29 March, the deadline which the mediation set on 21 March.',
      'press-release',
      '2031-03-27',
    );
    const interview = doc(
      'b',
      'In the end the deadline was moved, first to the 29th and then, for us, to the 1st of April, so we had the time.',
      'press-conference',
      '2031-04-01',
    );
    expect(eventPairs([release, interview])).toEqual(['a-b']);
    expect(kinds(release, interview)).toEqual([]);
  });

  it('flags a signing deadline given after the move, against the move', () => {
    const council = doc(
      'a',
      'Urges the parties to conclude and sign the agreement no later than 30 April 2031, as agreed in Fjellby;',
      'joint-statement',
      '2031-04-23',
    );
    const note = doc(
      'b',
      'The Special Envoy takes note that the parties have moved the target date for the signing of the agreement from 20 April to 27 April 2031.',
      'press-release',
      '2031-04-21',
    );
    expect(kinds(council, note)).toEqual(['date ab']);
  });

  it('neither links nor flags the old day told before the move, against its history', () => {
    const call = doc(
      'a',
      'We call on the parties to conclude their work and to sign the framework no later than 20 April 2031.',
      'joint-statement',
      '2031-04-10',
    );
    const analysis = doc(
      'b',
      'The deadline for signature moved from 20 April to 27 April, and the signing took place two days after that.',
      'news',
      '2031-05-02',
    );
    expect(kinds(call, analysis)).toEqual([]);
    const readout = doc(
      'a',
      'They agreed on the importance of meeting the 22 March deadline for written replies set by Norland.',
      'readout',
      '2031-03-14',
    );
    const statement = doc(
      'b',
      'We note that the Norland mediation has extended to 29 March the deadline for the written replies of the parties.',
      'joint-statement',
      '2031-03-22',
    );
    expect(kinds(readout, statement)).toEqual([]);
  });

  it('does not tie a day counted from a source to a day another tells superseded', () => {
    const readout = doc(
      'a',
      'The sides agreed to instruct the working groups to finalise the lists of prisoners within 10 days.',
      'readout',
      '2031-03-05',
    );
    const wire = doc(
      'b',
      'On Friday, Norland Foreign Minister Ingrid Solberg said the parties had until March 22 to accept the framework, instead of March 15 as first set.',
      'news',
      '2031-03-16',
    );
    expect(eventPairs([readout, wire])).toEqual([]);
  });
});
