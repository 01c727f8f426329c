// One line given to two people (saidDays.ts): where each source says its speaker said it on a
// day of its own, the line was said twice (a slogan repeated, a phrase borrowed), and no source
// gives it to the wrong person. On one day, or with no day said, it stays a misattribution.
// Invented lines of the Arvenia–Torvania talks: two wires, a ministry readout and a Telegram
// channel, a Hansard debate.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const LINE = 'A ceasefire needs an address, not a promise';
const attributions = (...docs: ReturnType<typeof doc>[]) =>
  kinds(...docs).filter((k) => k.startsWith('attribution'));

describe('one line given to two people', () => {
  it('takes the line said by two people on days each source names apart for said twice', () => {
    const tuesday = doc(
      'a',
      `KESSEL, March 5 (Wirenews) - "${LINE}," Kostal said on Tuesday.`,
      'news',
      '2031-03-05',
    );
    const friday = doc(
      'b',
      `DRAVA, March 28 (Wirenews) - "${LINE}," Varin said on Friday.`,
      'news',
      '2031-03-28',
    );
    expect(attributions(tuesday, friday)).toEqual([]);
    const readout = doc(
      'a',
      `Readout of the Foreign Minister's meeting\n\nOn 4 March President Kostal told the Foreign Minister that "${LINE.toLowerCase()}".`,
      'readout',
      '2031-03-05',
    );
    const hansard = doc(
      'b',
      `Vell Talks\n\nVolume 712: debated on Thursday 20 March 2031\n\nMr Melnyk: President Varin said on 18 March that "${LINE.toLowerCase()}", and I agree with him.`,
      'meeting-transcript',
      '2031-03-20',
    );
    expect(attributions(readout, hansard)).toEqual([]);
  });

  it('still flags the line given to two people on one day, or where a source names no day', () => {
    const kostal = doc(
      'a',
      `KESSEL, March 5 (Wirenews) - "${LINE}," Kostal said on Tuesday.`,
      'news',
      '2031-03-05',
    );
    const varinSameDay = doc(
      'b',
      `Citadel Press Service\n\nOn Tuesday, 4 March, President Varin said: "${LINE}."`,
      'news',
      '2031-03-05',
    );
    expect(attributions(kostal, varinSameDay)).toEqual(['attribution ab']);
    const varinNoDay = doc('b', `DRAVA (Wirenews) - "${LINE}," Varin said.`, 'news', '2031-03-06');
    expect(attributions(kostal, varinNoDay)).toEqual(['attribution ab']);
  });

  it('reads the day of saying, not a day inside the quoted words', () => {
    const a = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - "Nobody will sign anything before 20 March," Kostal said on Tuesday.',
      'news',
      '2031-03-05',
    );
    const b = doc(
      'b',
      'DRAVA, March 5 (Wirenews) - "Nobody will sign anything before 20 March," Varin said on Tuesday.',
      'news',
      '2031-03-05',
    );
    expect(attributions(a, b)).toEqual(['attribution ab']);
  });
});
