// A question asserts nothing: a journalist's turn, in any house style of label, and a wire's
// "Asked whether …" clause yield no event and no position, and so nothing linking can set
// against a source's statement; the answer, and a question about something taken as given,
// are read as before. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { indirectQuestions, maskAsked } from '../../src/evidence/asked.ts';
import { events } from './eventsOf.ts';
import { doc, kinds } from './linkedDocs.ts';

const briefing = (...turns: string[]) => `Press Briefing\n\nMarch 5, 2031\n\n${turns.join('\n\n')}`;
const quoteOf = (text: string, speaker: string) =>
  doc('b', text, 'press-conference')
    .claims.filter((c) => c.kind === 'quote' && c.speaker?.name === speaker)
    .map((c) => c.text);

describe('the act a journalist’s question asks about is no event', () => {
  it.each([
    [
      'a White House briefing',
      'Q    Did the President also speak with President Varin?',
      'MS. LUND: She did.',
    ],
    [
      'a presidency’s transcript',
      'Question: Will you meet President Kostal in Fjellby?',
      'Oleg Varin: We shall see.',
    ],
    [
      'a UN noon briefing',
      'Question [Fjellby Courier]: Will the Secretary-General visit Drava on 12 March?',
      'Spokesperson: Nothing to announce.',
    ],
    [
      'a gaggle',
      'Q    Are the delegations meeting in Fjellby on Friday?',
      'MS. LUND: I’d refer you to them.',
    ],
    ['a doorstep', 'QUESTION: Mr Eng, will there be another round of talks?', 'MR ENG: Ask the parties.'],
    [
      'a radio interview',
      'INTERVIEWER: Has the Foreign Minister spoken with Varin since Tuesday?',
      'SOLBERG: No.',
    ],
    [
      'a premise put to the one asked',
      'QUESTION: There are reports the delegations will meet in Fjellby on March 20. Can you confirm?',
      'MR ENG: I’m not going to get ahead of the parties.',
    ],
  ])('in %s', (_, question, answer) => {
    expect(events(briefing(question, answer), 'press-conference')).toEqual([]);
  });

  it('leaves what the question takes as given, and what the journalist states', () => {
    const text = briefing(
      'QUESTION: And the March 31 deadline – is that still holding?',
      'MR ENG: Yes.',
      'Q: Will Prime Minister Holm go to Fjellby himself for the second round?',
      'MR ENG: He will.',
      'Question (Drava Radio): Torvania submitted a counter-proposal on Monday. Has Arvenia seen it?',
      'MR ENG: It has.',
      'Q: Will the experts still meet on the 23rd?',
      'MR ENG: Yes.',
      'Q: Is the meeting on Friday still on?',
      'MR ENG: Yes.',
    );
    expect(events(text, 'press-conference')).toEqual([
      ['deadline', '2031-03-31'],
      ['talks', null],
      ['statement', '2031-03-03'],
      ['meeting', '2031-03-23'],
      ['meeting', '2031-03-07'],
    ]);
  });

  it('stays a quotation of the journalist', () => {
    const text = briefing(
      'QUESTION: Will the two presidents speak this week?',
      'MR ENG: I have nothing on that.',
    );
    expect(quoteOf(text, 'journalist')).toEqual(['Will the two presidents speak this week?']);
  });

  it('gives no position, where the answer does', () => {
    const text = briefing(
      'QUESTION: Reports say the framework was drafted by Norland. Is that right?',
      'MR ENG: Torvania rejected the framework.',
    );
    const stances = doc('b', text, 'press-conference')
      .claims.filter((c) => c.kind === 'position')
      .map((c) => c.data.stance);
    expect(stances).toEqual(['reject']);
  });

  it('leaves the answer’s events', () => {
    const text = briefing(
      'QUESTION: When will the delegations meet?',
      'MR ENG: The delegations will meet in Fjellby on March 18.',
    );
    expect(events(text, 'press-conference')).toEqual([['meeting', '2031-03-18']]);
  });
});

describe('an indirect yes-or-no question reports no event', () => {
  it.each([
    'Asked whether Varin would meet Kostal before the end of March, Surin said there were no such plans.',
    'Surin, asked by reporters if the two presidents would speak on Friday, said no call was planned.',
    'When asked whether the talks would resume in Fjellby on 18 March, the spokesman declined to comment.',
  ])('%s', (sentence) => {
    expect(events(sentence, 'news')).toEqual([]);
  });

  it('leaves a question about something taken as given, and the events around it', () => {
    expect(
      events('Kostal met Varin on Tuesday. Asked about the meeting, Surin said it had gone well.', 'news'),
    ).toEqual([['meeting', '2031-03-04']]);
    expect(events('The talks will resume in Fjellby on 18 March if both sides agree.', 'news')).toEqual([
      ['talks', '2031-03-18'],
    ]);
  });

  it('leaves a request, which is no question', () => {
    expect(indirectQuestions('Kostal asked Varin to meet in Fjellby on 18 March if the talks fail.')).toEqual(
      [],
    );
  });

  it('is blanked up to the clause that answers it, its length kept', () => {
    const text = 'Asked if they would meet, Surin said no.';
    const masked = maskAsked(text, indirectQuestions(text));
    expect(masked).toHaveLength(text.length);
    expect(masked.slice(masked.indexOf(','))).toBe(', Surin said no.');
  });
});

describe('across sources, a question’s premise is no date to flag', () => {
  const readout = doc(
    'a',
    'Readout\n\nMarch 4, 2031\n\nThe delegations will meet in Fjellby on March 18.',
    'readout',
    '2031-03-04',
  );
  it('does not set the question’s day against the readout’s', () => {
    const asked = doc(
      'b',
      briefing(
        'QUESTION: There are reports the delegations will meet in Fjellby on March 20. Can you confirm?',
        'MR ENG: I’m not going to get ahead of the parties.',
      ),
      'press-conference',
    );
    expect(kinds(readout, asked)).toEqual([]);
  });
  it('still flags the day the spokesman gives', () => {
    const answered = doc(
      'b',
      briefing(
        'QUESTION: When will the delegations meet?',
        'MR ENG: The delegations will meet in Fjellby on March 20.',
      ),
      'press-conference',
    );
    expect(kinds(readout, answered)).toEqual(['date ab']);
  });
});
