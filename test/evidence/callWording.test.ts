// Calls as wires and briefings word them: two sides who "spoke" to each other with no object,
// a call named by its day ("the 4 March call"), a conversation the leaders held, and a leader's
// video address as a statement. Sentences invented for the test, in the house styles of a wire,
// a ministry readout, a presidential post and a briefing; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a call said of both sides at once', () => {
  it('reads two named sides, or the two leaders, who spoke as a call on its day', () => {
    expect(events('Kostal and Varin spoke on Tuesday.', 'news')).toEqual([['call', '2031-03-04']]);
    expect(events('The two leaders spoke for about an hour on Monday, the Citadel said.', 'news')).toEqual([
      ['call', '2031-03-03'],
    ]);
    expect(events('President Kostal and her Torvanian counterpart spoke overnight.')).toEqual([
      ['call', '2031-03-05'],
    ]);
    expect(events('The leaders last spoke on 12 January.', 'news')).toEqual([['call', '2031-01-12']]);
    expect(events('Oleg Varin and I spoke this morning about the exchange.', 'social')).toEqual([
      ['call', '2031-03-05'],
    ]);
    expect(events('The leaders of the two countries spoke on Monday, officials said.', 'news')).toEqual([
      ['call', '2031-03-03'],
    ]);
    expect(events('The defence ministers of both sides spoke again on Tuesday.', 'news')).toEqual([
      ['call', '2031-03-04'],
    ]);
    expect(events('Your commodore and the Torvanian admiral spoke on Monday.', 'press-conference')).toEqual([
      ['call', '2031-03-03'],
    ]);
  });

  it('leaves sides who spoke to someone else, at an occasion, or never', () => {
    expect(events('Kostal and Varin spoke to reporters on Tuesday.', 'news')).toEqual([]);
    expect(events('Officials and experts spoke on Tuesday.', 'news')).toEqual([]);
    expect(events('The ministers spoke at the conference in Kessel on Tuesday.', 'news')).toEqual([
      ['meeting', '2031-03-04'],
    ]);
    expect(events('Kostal and Varin have not spoken since January.', 'news')).toEqual([]);
    expect(events('Both sides spoke of progress.')).toEqual([]);
    expect(events('The leaders of the two countries spoke to reporters on Monday.', 'news')).toEqual([]);
    expect(events('Our minister and the farmers spoke on Monday.', 'news')).toEqual([]);
  });

  it("reads the army's call-up as no call, and the leaders' call as one", () => {
    expect(events('Men who fled the call-up on Monday may come home, the minister said.', 'news')).toEqual(
      [],
    );
    expect(events('After their call on Monday the leaders issued no statement.', 'news')).toEqual([
      ['call', '2031-03-03'],
    ]);
  });
});

describe('a call named by its day or as the leaders’ conversation', () => {
  it('reads "the 4 March call" and "the March 4 call" as that call', () => {
    expect(events('The March 4 call was productive.', 'news')).toEqual([['call', '2031-03-04']]);
    expect(events('Experts met after the 4 March call.')).toEqual([
      ['meeting', '2031-03-05'],
      ['call', '2031-03-04'],
    ]);
    expect(
      events('Following the 4 March telephone call between the Presidents, experts met in Kessel.'),
    ).toEqual([
      ['call', '2031-03-04'],
      ['meeting', '2031-03-05'],
    ]);
  });

  it('reads the conversation of the presidents, on its day or as their first in a year', () => {
    expect(
      events(
        'The Ministry welcomed the agreements reached during the telephone conversation of the Presidents on 4 March.',
        'press-release',
      ),
    ).toEqual([['call', '2031-03-04']]);
    expect(events('The issue was raised during the conversation on 4 March.')).toEqual([
      ['call', '2031-03-04'],
    ]);
    expect(
      events(
        'Kostal and Varin agreed on Tuesday to a prisoner exchange, the Citadel said, in their first direct conversation in more than a year.',
        'news',
      ),
    ).toEqual([['call', '2031-03-04']]);
  });

  it('leaves a conversation that is no one’s call', () => {
    expect(events('The conversation about the future of the region must continue.')).toEqual([]);
    expect(events('A national conversation on the accord began in 2030.', 'news')).toEqual([]);
  });
});

describe('a leader’s address as a statement', () => {
  it('reads a video or evening address as the leader’s statement on its day', () => {
    expect(events('Kostal said in her nightly video address that the exchange would go ahead.')).toEqual([
      ['statement', '2031-03-05'],
    ]);
    expect(
      events('In a video address on Tuesday evening, Varin said the exchange had been agreed.', 'news'),
    ).toEqual([['statement', '2031-03-04']]);
  });

  it('leaves an address that is where something is sent', () => {
    expect(events('The letter was sent to the address of the embassy in Kessel.', 'news')).toEqual([]);
  });
});

describe('a call said "on the phone", as an exchange, or by video', () => {
  it('reads a UK-style readout, a translated communiqué and a post', () => {
    expect(events('The Prime Minister spoke on the phone with President Varin on Tuesday.')).toEqual([
      ['call', '2031-03-04'],
    ]);
    expect(events('The Prime Minister spoke on the telephone to President Kostal this afternoon.')).toEqual([
      ['call', '2031-03-05'],
    ]);
    expect(
      events('The President of the Republic had a telephone exchange with President Varin on Tuesday.'),
    ).toEqual([['call', '2031-03-04']]);
    expect(events('President Kostal and President Varin held a videocall on Tuesday.', 'news')).toEqual([
      ['call', '2031-03-04'],
    ]);
  });

  it('leaves an exchange of prisoners and a talk given in a hall', () => {
    expect(events('The exchange of prisoners took place on Tuesday.', 'news')).not.toContainEqual([
      'call',
      '2031-03-04',
    ]);
    expect(events('The minister gave a talk to students on Tuesday.', 'news')).toEqual([]);
  });
});
