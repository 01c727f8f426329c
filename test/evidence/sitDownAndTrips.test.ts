// Meetings and trips as briefings and wires word them: "sat down with", "sits down with the
// Arvenians", "went to Lindau", "is due in Lindau", and an occasion recalled by its place and
// day ("after the talks in Osterby on 2 and 3 March"); with their near misses (an interview, a
// question, a text that goes somewhere) and the links they make and must not make.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';
import { doc, eventPairs } from './linkedDocs.ts';

describe('sitting down with someone', () => {
  it('is a meeting with a person, the talks with delegations, sides or a people', () => {
    expect(
      events('Special envoy Dahl sat down with President Varin at Lake Verrin on Monday.', 'news'),
    ).toEqual([['meeting', '2031-03-03']]);
    expect(
      events('Tomorrow Foreign Minister Solberg sits down with the Torvanians in Osterby.', 'news'),
    ).toEqual([['talks', '2031-03-06']]);
    expect(
      events(
        'We sat down yesterday morning with the Arvenian delegation and went through the text.',
        'press-conference',
      ),
    ).toEqual([['talks', '2031-03-04']]);
    expect(events('The two delegations sat face to face in Osterby on Tuesday, 4 March.', 'news')).toEqual([
      ['talks', '2031-03-04'],
    ]);
    expect(events('Kostal and Varin sat across the table in Lindau on 2 March.', 'readout')).toEqual([
      ['meeting', '2031-03-02'],
    ]);
  });

  it('is no event in an interview, a habit, or a process recalled from its start', () => {
    expect(events('Thank you for sitting down with us this morning, Minister.', 'press-conference')).toEqual(
      [],
    );
    expect(events('The envoy sat down with reporters in Osterby on Monday.', 'news')).toEqual([]);
    expect(events('President Varin sat down with Compass Radio on Monday for an interview.', 'news')).toEqual(
      [],
    );
    expect(
      events('When I first sat across the table from my counterpart, the text ran to 30 articles.', 'news'),
    ).toEqual([]);
  });
});

describe('negotiators back at the table', () => {
  it('is the talks resumed, on the day and at the place given', () => {
    expect(events('Both delegations returned to the negotiating table in Drava on Monday.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
    expect(events('The two sides are due back at the table in Fjellby on 9 March.', 'news')).toEqual([
      ['talks', '2031-03-09'],
    ]);
  });

  it('is no sitting for an offer back on the table or a table gone back to for something', () => {
    expect(events('The old offer is back on the table, an aide said in Drava on Monday.', 'news')).toEqual(
      [],
    );
    expect(events('The clerk went back to the table for his papers in Drava on Monday.', 'news')).toEqual([]);
    expect(
      events('The envoy urged both delegations to return to the table in Drava on Monday.', 'news'),
    ).toEqual([]);
  });

  it('is no sitting for a return refused, wished or denied, nor for an issue back at the table', () => {
    const talks = (text: string) => events(text, 'news').filter(([kind]) => kind === 'talks');
    expect(talks('Torvania declined on Tuesday to return to the negotiating table.')).toEqual([]);
    expect(talks('Lind refused on Tuesday to return to the negotiating table.')).toEqual([]);
    expect(talks('The envoy said she hoped the two sides would return to the table on Friday.')).toEqual([]);
    expect(talks('Berg said on Tuesday that his team would not return to the table.')).toEqual([]);
    expect(
      talks('The fishing quota is back in the news and back at the table, Lind said on Tuesday.'),
    ).toEqual([]);
  });

  it('is the talks for a party by name back at the table', () => {
    expect(events('Torvania was back at the table in Drava on Monday.', 'news')).toEqual([
      ['talks', '2031-03-03'],
    ]);
  });
});

describe('a trip worded as going', () => {
  it('reads "went to", "will go to" and "is due in" a town as a visit', () => {
    expect(events('The envoy went to Lindau on Monday.', 'news')).toEqual([['visit', '2031-03-03']]);
    expect(events('Dahl is due in Lindau on Thursday, his office said.', 'news')).toEqual([
      ['visit', '2031-03-06'],
    ]);
    expect(events('Minister Solberg goes on to Kessel on Friday.', 'readout')).toEqual([
      ['visit', '2031-03-07'],
    ]);
  });

  it('reads no trip in a question, a text that goes somewhere, a month, a moderator or a figure of speech', () => {
    expect(events('Will you go to Lindau for the signing?', 'press-conference')).toEqual([]);
    expect(events('The text will go to Parliament next week.', 'news')).toEqual([]);
    expect(events('The framework then goes to Lindau for review.', 'news')).toEqual([]);
    expect(events('Replies are due in March.', 'news')).toEqual([]);
    expect(events("Next we'll go to Anna Berg, Compass Wire.", 'press-conference')).toEqual([]);
    expect(events('The envoy went to great lengths on Monday.', 'news')).toEqual([]);
    expect(events('Torvania is going to war, he said.', 'news')).toEqual([]);
  });

  it('reads no trip in thanks or a prize that goes to someone, nor a second event in a round due somewhere', () => {
    expect(events('Our thanks go to Kessel for hosting us on Monday.', 'readout')).toEqual([]);
    expect(events('The peace prize went to Kostal on Monday.', 'news')).toEqual([]);
    expect(events('The next round is due in Lindau on Thursday.', 'news')).toEqual([['talks', '2031-03-06']]);
  });
});

describe('an occasion recalled by its place and day', () => {
  it('is reported after "after", "following" or "since"', () => {
    expect(
      events('After the talks in Osterby on 2 and 3 March, the sides exchanged drafts.', 'news'),
    ).toEqual([['talks', '2031-03-02']]);
    expect(
      events('Following the meeting in Lindau, Norland, on 1 March, the envoys went home.', 'news'),
    ).toEqual([['meeting', '2031-03-01']]);
  });

  it('stays a time reference without its day, or before its start', () => {
    expect(events('After the talks in Osterby, the sides exchanged drafts.', 'news')).toEqual([]);
    expect(events('Until the talks in Osterby on 2 March, the text stays closed.', 'news')).toEqual([]);
  });
});

describe('a received call is a call, not a guest', () => {
  it('reads one call from "received a phone call from"', () => {
    expect(events('President Kostal received a phone call today from President Varin.', 'readout')).toEqual([
      ['call', '2031-03-05'],
    ]);
    expect(events('President Kostal received President Varin today.', 'readout')).toEqual([
      ['meeting', '2031-03-05'],
    ]);
  });
});

describe('links', () => {
  it('links a sit-down to the readout of the meeting', () => {
    expect(
      eventPairs([
        doc('a', 'Special envoy Dahl sat down with President Varin at Lake Verrin on Monday.', 'news'),
        doc('b', 'President Varin met special envoy Henrik Dahl at Lake Verrin on 3 March 2031.', 'readout'),
      ]),
    ).toEqual(['a-b']);
  });

  it('links the talks a spokesman sat down at to the wire of the round', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'We sat down yesterday morning with the Torvanian delegation in Osterby and went through the text point by point.',
          'press-conference',
        ),
        doc(
          'b',
          'OSTERBY, 4 March - Delegations of Arvenia and Torvania held talks in Osterby on Tuesday.',
          'news',
        ),
      ]),
    ).toEqual(['a-b']);
  });

  it('keeps apart two sit-downs in one town a week apart, and a sit-down and a call on one day', () => {
    expect(
      eventPairs([
        doc(
          'a',
          'Special envoy Dahl sat down with President Varin in Lindau on 24 February.',
          'news',
          '2031-02-25',
        ),
        doc('b', 'Special envoy Dahl sat down with President Varin in Lindau on Monday, 3 March.', 'news'),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc('a', 'Special envoy Dahl sat down with President Varin in Lindau on Monday.', 'news'),
        doc('b', 'President Kostal spoke by phone with President Varin on Monday.', 'readout'),
      ]),
    ).toEqual([]);
  });

  it('links a trip worded as going to the visit announced, and not to a trip there weeks later', () => {
    expect(
      eventPairs([
        doc('a', 'Dahl is due in Lindau on Thursday, his office said.', 'news'),
        doc('b', 'Special envoy Henrik Dahl will visit Lindau on 6 March.', 'readout'),
      ]),
    ).toEqual(['a-b']);
    expect(
      eventPairs([
        doc('a', 'Dahl is due in Lindau on Thursday, his office said.', 'news'),
        doc('b', 'Special envoy Henrik Dahl will visit Lindau on 27 March.', 'readout'),
      ]),
    ).toEqual([]);
  });
});

describe('someone who was in a town yesterday', () => {
  it('was there on a visit that day, and a thing in a town is none', () => {
    expect(
      events('Envoy Dahl was in Lindau yesterday, and he will be in Kessel on Saturday.', 'press-conference'),
    ).toEqual([
      ['visit', '2031-03-04'],
      ['visit', '2031-03-08'],
    ]);
    expect(events('The answer was in Lindau yesterday, officials said.', 'news')).toEqual([]);
  });
});
