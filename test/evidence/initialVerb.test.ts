// The initialling of a text told with the bare verb after its subject ("proposed that the parties
// initial the text on 27 March") or with a day for its object ("decided to initial on the 27th"):
// the sitting where the text is initialled, as "will initial the text" already is. The adjective
// ("the initial draft", "initial talks") is followed by its noun, never by an article or a day.
// Invented sentences in the house styles of an Asian MFA briefing, a special briefing, a wire
// headline and a UN meetings-coverage release.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('the verb "initial" without a modal before it', () => {
  it('reads the initialling after its subject, in a briefing answer and a headline', () => {
    expect(
      events(
        'Spokesperson: As far as I know, the mediator has proposed that the parties initial the text on March 27 and sign it afterwards.',
        'press-conference',
      ),
    ).toEqual([['meeting', '2031-03-27']]);
    // A news headline is not dated by the paper's day.
    expect(events('Arvenia and Torvania initial the Vell Framework in Fjellby', 'news')).toEqual([
      ['meeting', null],
    ]);
    expect(events('We expect that both delegations initial it in Fjellby on Friday.', 'readout')).toEqual([
      ['meeting', '2031-03-07'],
    ]);
  });

  it('reads "to initial on <day>", the day standing for the object', () => {
    expect(
      events(
        'Foreign Secretary: The parties have now decided to initial on the 27th and sign thereafter, maybe in the first week of April.',
        'press-conference',
        '2031-03-16',
      ),
    ).toEqual([['meeting', '2031-03-27']]);
    expect(events('The sides are ready to initial on Friday.', 'news')).toEqual([['meeting', '2031-03-07']]);
  });

  it('leaves the adjective alone', () => {
    expect(events('The initial draft had 18 points.')).toEqual([]);
    expect(events('An initial agreement on the text was announced.', 'news')).toEqual([]);
    expect(events('Its initial the envoy wrote in the margin.', 'news')).toEqual([]);
    expect(events('We want to initial in the coming days, if the text allows.', 'news')).toEqual([]);
  });
});
