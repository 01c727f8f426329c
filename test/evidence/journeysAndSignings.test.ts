// A guest expected or received somewhere, a team there on a day put first, and a signing whose
// order stands between the verb and its day: wordings of posts, state-agency copy, ministry readouts
// and wires. Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events, PUBLISHED } from './eventsOf.ts';

describe('a guest expected or received in a place', () => {
  it('is a visit to that place', () => {
    expect(events('The Norland envoy Henrik Dahl is expected in Drava today.', 'news')).toEqual([
      ['visit', PUBLISHED],
    ]);
    expect(events('The aide said Special Envoy Dahl will be received in Kessel this week.', 'news')).toEqual([
      ['visit', null],
    ]);
    expect(events('The Special Envoy will be received in Drava.', 'readout')).toEqual([['visit', null]]);
  });

  it('leaves a text, the weather and a month, and keeps "received the envoy" a meeting', () => {
    expect(events('The proposal was received in Kessel with dismay on Monday.', 'news')).toEqual([]);
    expect(events('Heavy rain is expected in Kessel on Monday.', 'news')).toEqual([]);
    expect(events('A reply is expected in April.', 'news')).toEqual([]);
    expect(events('President Varin received Special Envoy Henrik Dahl.', 'readout')).toEqual([
      ['meeting', PUBLISHED],
    ]);
  });
});

describe('a day put before "will be in <place>"', () => {
  it('is the team there on that day: the round of talks, or a visit', () => {
    expect(events('On 16 March our team will be in Fjellby.', 'social')).toEqual([['talks', '2031-03-16']]);
    expect(events('On 16 March, the heads of delegations will be in Fjellby.', 'social')).toEqual([
      ['talks', '2031-03-16'],
    ]);
    expect(events('Tomorrow the Minister will be in Kessel.', 'social')).toEqual([['visit', '2031-03-06']]);
  });

  it('leaves a thing that will be somewhere', () => {
    expect(events('On Sunday the answer will be in Kessel.', 'social')).toEqual([]);
  });
});

describe('a signing with its order before its day', () => {
  it('is the signing on that day', () => {
    expect(
      events('Arvenia says it will sign first on 29 March, "as agreed with the mediators".', 'news'),
    ).toEqual([['meeting', '2031-03-29']]);
    expect(events('Torvania will be the first to sign on 29 March.', 'news')).toEqual([
      ['meeting', '2031-03-29'],
    ]);
  });

  it('leaves a question and a wish with no day', () => {
    expect(events('Will Arvenia sign first on Friday?', 'news')).toEqual([]);
    expect(events('Arvenia wants to sign first.', 'news')).toEqual([]);
  });
});
