// A remark dated as wires and explainers date it: a day the sentence opens with ("On Friday, the
// minister said that ...", "Earlier on Tuesday, the aide said ..."), a wire's bare weekday ("said
// Saturday it was", AP style), a town between the verb and its day ("told reporters in Lindmark on
// Tuesday"), and "stated" or "declared" for "said". Each is a statement on its day, as "said on
// Friday that" already is. Not a trailing attribution, a day that is what was said ("said Monday
// was too soon"), a clause with its own verb before the remark, nor "On the same day".
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a remark dated by a fronted day', () => {
  it('reads the statement on the day the sentence opens with, in a wire and an explainer', () => {
    expect(
      events(
        'On Friday, Norland Foreign Minister Ingrid Solberg said the parties had until March 22 to answer.',
        'news',
      ),
    ).toEqual([
      ['statement', '2031-02-28'],
      ['deadline', '2031-03-22'],
    ]);
    expect(
      events(
        'Yesterday, the Torvanian foreign ministry announced that the exchange would be postponed.',
        'news',
      ),
    ).toEqual([['statement', '2031-03-04']]);
  });

  it('does not take a fronted day that belongs to a clause of its own', () => {
    expect(events('On Friday, the talks ended and the envoy said that the text was agreed.', 'news')).toEqual(
      [['talks', '2031-02-28']],
    );
    expect(
      events('On the same day, Secretary General Berg stated that no text had arrived.', 'news'),
    ).toEqual([]);
  });
});

describe('a remark dated by a wire', () => {
  it('reads a bare weekday after the verb, AP style, and a town before the day', () => {
    expect(events('The Arvenian President said Saturday it was their text.', 'news')).toEqual([
      ['statement', '2031-03-01'],
    ]);
    expect(
      events('Ms. Berg told reporters in Fjellby on Tuesday: "We have not received a single page."', 'news'),
    ).toEqual([['statement', '2031-03-04']]);
  });

  it('reads "declared" and "stated" as sayings', () => {
    expect(events('President Kostal declared on Thursday that the plan was agreed.', 'news')).toEqual([
      ['statement', '2031-02-27'],
    ]);
    expect(events('The ministry stated on Monday that the text was final.', 'press-release')).toEqual([
      ['statement', '2031-03-03'],
    ]);
  });

  it('leaves a weekday that is what was said, a claim in the present, and a declared ceasefire', () => {
    expect(events('Surin said Monday was too soon.', 'news')).toEqual([]);
    expect(events('Norland says Friday, the Torvanian side says yesterday.', 'news')).toEqual([]);
    expect(events('Torvania declared a ceasefire on Thursday.', 'news')).toEqual([]);
  });
});
