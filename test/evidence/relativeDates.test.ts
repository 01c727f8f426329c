// Relative dates of official texts resolved against the day of writing, class by class: spans
// counted in hours, the end of a week, and a day in what someone is asked to do. Sentences
// invented for the test; 2031-03-05 is a Wednesday, 2031-03-03 a Monday.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/evidence/dates.ts';
import { tenseAt } from '../../src/evidence/tense.ts';

const dates = (sentence: string, published = '2031-03-05') =>
  findDates(sentence, published, undefined, true).map((d) => [d.text, d.vague ? 'vague' : d.iso]);

describe('a span counted in hours', () => {
  it('puts "within 72 hours" three days on, and "within 24 hours" the next day', () => {
    expect(dates('The commission will meet for the first time within 72 hours.')).toEqual([
      ['within 72 hours', '2031-03-08'],
    ]);
    expect(dates('The crews will be handed over within 24 hours of this announcement.')).toEqual([
      ['within 24 hours', '2031-03-06'],
    ]);
  });

  it('gives no day to a span counted from another event: signature, entry into force, "it"', () => {
    for (const said of [
      'The crews will be handed over within 24 hours of signature.',
      'Troops leave within three weeks after entry into force.',
      'Signature is due soon, and the convoys cross within ten days of it.',
    ])
      expect(dates(said).filter(([text]) => /^within/.test(text!))).toEqual([
        [expect.stringMatching(/^within/), 'vague'],
      ]);
  });

  it('keeps "within a few hours" of the same day', () => {
    expect(dates('The text will be published within 3 hours.')).toEqual([['within 3 hours', '2031-03-05']]);
  });
});

describe('the end of a week', () => {
  it('reads "by the end of next week" as that week’s Friday', () => {
    expect(dates('The review will be complete by the end of next week.', '2031-03-03')).toEqual([
      ['the end of next week', '2031-03-14'],
    ]);
  });

  it('reads the end of this week and of last week as their Fridays', () => {
    expect(dates('The review will be complete by the end of the week.')).toEqual([
      ['the end of the week', '2031-03-07'],
    ]);
    expect(dates('The review was complete by the end of last week.')).toEqual([
      ['the end of last week', '2031-02-28'],
    ]);
  });

  it('writes out the year a step to the next year crosses', () => {
    expect(dates('Both parliaments will ratify by the end of next year.')).toEqual([
      ['the end of next year', '2032-12-31'],
    ]);
  });

  it('still gives a bare "next week" no day', () => {
    expect(dates('The envoy will present it to the Diet next week.')).toEqual([['next week', 'vague']]);
  });
});

describe('a day in what someone is asked to do', () => {
  it('puts the day of a request’s infinitive ahead of the day of writing', () => {
    const s = 'The minister has asked the commission to take up the cases at its first session on Friday.';
    expect(tenseAt(s, s.indexOf('Friday'))).toBe('future');
    expect(dates(s)).toEqual([['on Friday', '2031-03-07']]);
  });

  it('leaves a request for something, not to do something, in the past', () => {
    const s = 'The minister asked for the release of the crews on Monday.';
    expect(tenseAt(s, s.indexOf('Monday'))).toBe('past');
  });
});

describe('a limit on what must be done', () => {
  it('lies ahead though a past verb reports it', () => {
    for (const s of [
      'Both parliaments must ratify the accord by 31 May, the government said.',
      'The accord must be ratified by 31 May, the ministry stated.',
      'The sides are to exchange their lists no later than 31 May, officials said.',
      'Each side has to withdraw its heavy weapons before 31 May, the envoy told reporters.',
      'The operators agreed a plan for a joint reserve in Kessel, to be working by 31 May.',
    ])
      expect(dates(s).at(-1), s).toEqual(['31 May', '2031-05-31']);
  });

  it('is not set by a "to be" that describes someone or something earlier in the sentence', () => {
    for (const s of [
      'Dahl, said to be wary, met Lind in Fjellby before 3 February, aides said.',
      'The pact, thought to be final, was signed by Drava and Kessel by 3 February.',
    ])
      expect(dates(s, '2031-05-01').at(-1), s).toEqual(['3 February', '2031-02-03']);
  });

  it('lies ahead where someone wants, hopes, aims or presses for it by a weekday', () => {
    // 2031-03-05 is a Wednesday: "no later than Friday" is the 7th, "by Monday" the 10th.
    for (const [s, day] of [
      ['The envoy wants a summit no later than Friday, his spokesman said.', '2031-03-07'],
      ['Kessel hopes to have the text initialled by Monday, the ministry said.', '2031-03-10'],
      ['MS. LUND: We are aiming for an answer from Drava before Monday.', '2031-03-10'],
      ['Torvania is pressing for the exchange to happen by Monday, Surin told reporters.', '2031-03-10'],
    ] as const)
      expect(dates(s).at(-1)?.[1], s).toBe(day);
  });

  it('keeps a past limit that nothing says must still be met', () => {
    expect(dates('The parliaments ratified the accord by 1 March, the government said.')).toEqual([
      ['1 March', '2031-03-01'],
    ]);
    expect(dates('The operators agreed a plan for a joint reserve in Kessel on 31 May.')).toEqual([
      ['31 May', '2030-05-31'],
    ]);
  });
});
