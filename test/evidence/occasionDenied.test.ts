// An occasion one source reports and another says was not agreed, had no date agreed, or did
// not take place (probe class 14): a status in dispute. Invented sentences in the house styles
// of readouts, joint statements, wires, ministry briefings and posts; 5 March 2031 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const on = (day: string) => `2031-03-${day}`;

describe('an occasion said set, against one said not agreed', () => {
  it('flags a meeting agreed for a day against no date or no meeting agreed', () => {
    const readout = doc('a', 'The two leaders agreed to meet in Fjellby on March 18.', 'readout', on('04'));
    expect(
      kinds(
        readout,
        doc('b', 'No date has yet been agreed for a meeting between the two leaders.', 'news', on('04')),
      ),
    ).toEqual(['status ab']);
    expect(
      kinds(
        readout,
        doc(
          'b',
          'The Citadel denied that any meeting between Varin and Kostal had been agreed.',
          'news',
          on('05'),
        ),
      ),
    ).toEqual(['status ab']);
    // A joint statement against a ministry's briefing, of the delegations' next meeting.
    expect(
      kinds(
        doc(
          'a',
          'It was agreed that the delegations would meet in Fjellby on 18 March.',
          'joint-statement',
          on('04'),
        ),
        doc(
          'b',
          'The date of the next meeting of the delegations has not yet been agreed, the spokesperson said.',
          'press-release',
          on('04'),
        ),
      ),
    ).toEqual(['status ab']);
  });

  it('flags a deadline confirmed against no date agreed for what it is for', () => {
    expect(
      kinds(
        doc(
          'a',
          'The sides confirmed the 10 April deadline for the withdrawal of heavy weapons.',
          'readout',
          on('04'),
        ),
        doc(
          'b',
          'No date for the withdrawal of heavy weapons was agreed during the conversation.',
          'readout',
          on('04'),
        ),
      ),
    ).toEqual(['status ab']);
  });

  it('flags a span agreed for a task against no timetable agreed for it, and leaves another task', () => {
    const statement = doc(
      'a',
      'The Parties agreed to complete the withdrawal of heavy weapons within 14 days.',
      'joint-statement',
      on('04'),
    );
    expect(
      kinds(
        statement,
        doc(
          'b',
          'No timetable for the withdrawal of heavy weapons was agreed on the call.',
          'readout',
          on('04'),
        ),
      ),
    ).toEqual(['status ab']);
    expect(
      kinds(
        statement,
        doc('b', 'No timetable for the prisoner exchange was agreed on the call.', 'readout', on('04')),
      ),
    ).toEqual([]);
  });

  it('leaves a date agreed after the denial, other people, and a next meeting after one held', () => {
    const noDate = (day: string) =>
      doc('b', 'No date has yet been agreed for a meeting between the two leaders.', 'news', on(day));
    // Agreed a week later: the status changed, nobody contradicts anybody.
    expect(
      kinds(
        doc('a', 'The two leaders agreed to meet in Fjellby on March 28.', 'readout', on('12')),
        noDate('04'),
      ),
    ).toEqual([]);
    // Who meets is the group nearest the word of meeting: the Presidents agreed the delegations' meeting.
    expect(
      kinds(
        doc(
          'a',
          'The Presidents agreed that the delegations will meet in Fjellby on 12 March.',
          'readout',
          on('05'),
        ),
        doc(
          'b',
          'No meeting between the two presidents themselves has been scheduled, she said.',
          'news',
          on('05'),
        ),
      ),
    ).toEqual([]);
    // A meeting held on the day of the denial is not the next one.
    expect(
      kinds(
        doc('a', 'Solberg met Union officials in Brussels on Thursday.', 'news', on('06')),
        doc(
          'b',
          'The date of the next meeting of the delegations has not yet been agreed.',
          'news',
          on('06'),
        ),
      ),
    ).toEqual([]);
    // Leaders and delegations hold two meetings.
    expect(
      kinds(doc('a', 'The delegations will meet in Fjellby on March 18.', 'readout', on('04')), noDate('04')),
    ).toEqual([]);
    // A meeting already held is not the next one.
    expect(
      kinds(
        doc('a', 'Kostal and Varin met in Fjellby on Monday.', 'news', on('05')),
        doc('b', 'No date has been agreed for the next meeting of the two leaders.', 'news', on('05')),
      ),
    ).toEqual([]);
    // A draft's date is no date agreed.
    expect(
      kinds(
        doc(
          'a',
          'Under the leaked draft, forces would have to withdraw heavy weapons by 10 April.',
          'news',
          on('04'),
        ),
        doc(
          'b',
          'No date for the withdrawal of heavy weapons was agreed during the conversation.',
          'readout',
          on('04'),
        ),
      ),
    ).toEqual([]);
  });
});

describe('an occasion said held, against one said not to have taken place', () => {
  const call = doc(
    'a',
    'President Kostal spoke with President Varin by phone on Tuesday.',
    'readout',
    on('05'),
  );

  it('flags a call reported against a denial that any took place', () => {
    expect(
      kinds(
        call,
        doc('b', 'Surin said that no call between the two presidents had taken place.', 'news', on('05')),
      ),
    ).toEqual(['status ab']);
    expect(
      kinds(
        call,
        doc(
          'b',
          'The Citadel press service denied that any conversation with Kostal took place this week.',
          'press-release',
          on('06'),
        ),
      ),
    ).toEqual(['status ab']);
  });

  it('leaves a denial of another kind of occasion, of other people, a question, and a call told held', () => {
    expect(
      kinds(call, doc('b', 'No meeting between the two presidents has taken place.', 'news', on('05'))),
    ).toEqual([]);
    expect(
      kinds(call, doc('b', 'No call between Dahl and Varin has taken place.', 'news', on('05'))),
    ).toEqual([]);
    expect(
      kinds(
        call,
        doc(
          'b',
          'QUESTION: Is it true that no call between the presidents has taken place?\n\nMR ENG: I will leave that to them.',
          'press-conference',
          on('05'),
        ),
      ),
    ).toEqual([]);
    expect(
      kinds(
        call,
        doc('b', 'The call took place at the initiative of the Arvenian side.', 'readout', on('05')),
      ),
    ).toEqual([]);
    // A call of other parties, a body's meeting, and a denial of the days just past, weeks on.
    expect(
      kinds(call, doc('b', 'No call between Arvenia and Norland has taken place.', 'news', on('05'))),
    ).toEqual([]);
    expect(
      kinds(
        doc('a', 'President Kostal met President Varin in Fjellby on Monday.', 'readout', on('05')),
        doc(
          'b',
          'The Spokesperson said no meeting of the Joint Commission had taken place.',
          'news',
          on('05'),
        ),
      ),
    ).toEqual([]);
    expect(
      kinds(
        call,
        doc('b', 'Surin said that no call between the two presidents had taken place.', 'news', on('28')),
      ),
    ).toEqual([]);
  });
});

describe('a deadline said to stand, against its day said to be no deadline', () => {
  const stands = doc(
    'a',
    'Taras Melnyk stressed that the deadline of 31 March for the ceasefire remains unchanged.',
    'press-release',
    on('04'),
  );

  it('flags the day denied in a transcript turn or a post', () => {
    const turn = doc(
      'b',
      'Question: Is the end of March a deadline for you?\n\nOleg Varin: We are not bound by any artificial dates. The end of March is not our deadline.\n\nQuestion: Thank you.',
      'press-conference',
      on('04'),
    );
    expect(kinds(stands, turn)).toEqual(['status ab']);
    expect(
      kinds(
        stands,
        doc('b', 'MFA Torvania: 31 March is no longer the deadline for anything.', 'social', on('05')),
      ),
    ).toEqual(['status ab']);
  });

  it("leaves another day, a party's wish, a deadline already passed, and a question's premise", () => {
    const denied = doc(
      'b',
      'Varin told reporters that the end of March is not our deadline.',
      'news',
      on('04'),
    );
    expect(
      kinds(
        doc('a', 'Melnyk said the deadline of 15 April remains unchanged.', 'press-release', on('04')),
        denied,
      ),
    ).toEqual([]);
    expect(
      kinds(doc('a', 'Arvenia wants a ceasefire by the end of March.', 'news', on('04')), denied),
    ).toEqual([]);
    // The day denied is the one before "is not"; the day after it is the one said to stand.
    expect(
      kinds(
        doc('a', 'The deadline of 20 March remains unchanged, the mediator said.', 'press-release', on('04')),
        doc('b', 'Surin: 31 March is not the deadline; 20 March is.', 'social', on('04')),
      ),
    ).toEqual([]);
    expect(
      kinds(stands, doc('b', 'Varin said the end of March was not their deadline.', 'news', '2031-04-02')),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'a',
          'QUESTION: And the March 31 deadline – is that still holding?\n\nMR ENG: We have always said the end of March.',
          'press-conference',
          on('04'),
        ),
        denied,
      ),
    ).toEqual([]);
  });
});
