// Remarks a text reports with a day or a channel of their own are statements, dated by that day:
// wire copy ("the foreign ministry said on Friday that"), state-agency style ("told journalists on
// Monday"), liveblogs and podcasts ("has posted on X", "says on Facebook"), MP's and journalists'
// questions in records. Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events, PUBLISHED } from './eventsOf.ts';

describe('a remark told with its own day', () => {
  it('is a statement on that day, in wire, agency and briefing styles', () => {
    expect(
      events("Norland's foreign ministry said on Friday that the talks had been useful.", 'news'),
    ).toEqual([['statement', '2031-02-28']]);
    expect(
      events('The Citadel spokesman Pavel Surin told journalists on Monday that nothing was agreed.', 'news'),
    ).toEqual([['statement', '2031-03-03']]);
    expect(
      events('President Varin said yesterday nobody in Drava had read the text.', 'press-conference'),
    ).toEqual([['statement', '2031-03-04']]);
    expect(
      events(
        'Mr Speaker, the Torvanian foreign minister wrote on Saturday that the annex was closed.',
        'meeting-transcript',
      ),
    ).toEqual([['statement', '2031-03-01']]);
  });

  it('takes its own day, not the day of what was said', () => {
    expect(
      events("Arvenia's foreign ministry said on Monday that the talks would resume on 12 March.", 'news'),
    ).toEqual([
      ['statement', '2031-03-03'],
      ['talks', '2031-03-12'],
    ]);
  });

  it('is a post on a network, dated by its day, or by the writing day when just made', () => {
    expect(
      events('Kostal said in a post on X on Wednesday that 500 prisoners would come home.', 'news'),
    ).toEqual([['statement', PUBLISHED]]);
    expect(events('In a Telegram post on Monday, Varin said the text was final.', 'news')).toEqual([
      ['statement', '2031-03-03'],
    ]);
    expect(events("Arvenia's prime minister says on Facebook the text is agreed in full.", 'news')).toEqual([
      ['statement', null],
    ]);
    expect(events('President Kostal has posted on X shortly after the signing ceremony.', 'news')).toEqual([
      ['statement', PUBLISHED],
    ]);
  });
});

describe('the press told on its day', () => {
  it('is a statement even as a trailing attribution, or told in passing while speaking', () => {
    expect(
      events('The text has not been agreed, the presidential aide told journalists on Monday.', 'news'),
    ).toEqual([['statement', '2031-03-03']]);
    expect(
      events('Surin, speaking to reporters in Drava on Monday, said the text was final.', 'news'),
    ).toEqual([['statement', '2031-03-03']]);
    // Still no occasion: the press told on no day, or a lede sourced by "said on Friday".
    expect(events('Surin, speaking to reporters, said the text was final.', 'news')).toEqual([]);
  });
});

describe('near misses: remarks that are no occasion of their own', () => {
  it('leaves a remark with neither day nor channel, and one told to a person', () => {
    expect(events('Surin told reporters that the text was final.', 'news')).toEqual([]);
    expect(events('Kostal said the exchange would go ahead.', 'news')).toEqual([]);
    // Telling someone on a day is a conversation the call patterns read, not a remark.
    expect(events('The envoy told Varin on Monday that time was short.', 'news')).toEqual([]);
  });

  it('leaves a wire attribution that sources the sentence before it', () => {
    expect(
      events('Torvania has not received the revised draft, Pavel Surin said on Friday.', 'news'),
    ).toEqual([]);
    expect(
      events(
        'The Union is ready to act as guarantor, its envoy Anton Richter said on Monday, as the sides met.',
        'news',
      ),
    ).toEqual([]);
  });

  it('leaves a remark cited back in support of a point, and a network not named', () => {
    expect(
      events(
        'As the Prime Minister said on Thursday, no island will be traded for a promise.',
        'meeting-transcript',
      ),
    ).toEqual([]);
    expect(events('He said on x that it was over.', 'news')).toEqual([]);
  });

  it('does not date a remark by the record: a readout reports it on no day of its own', () => {
    expect(
      events('President Varin wrote on Telegram that the framework had been agreed.', 'readout'),
    ).toEqual([['statement', null]]);
  });
});
