// A deadline one source tells extended, and another gives the day it was before (tuning sets 15 and
// 22 in real house styles): a radio interview a day or two behind the wire still speaks of the old
// day; an analysis tells the first day ("first due on 22 March") beside the new. Two states of one
// deadline, not a disagreement; two new days told for one extension still disagree, and so do two
// plain days. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const dateFlags = (...docs: ReturnType<typeof doc>[]) => kinds(...docs).filter((k) => k.startsWith('date'));

const wire = doc(
  'a',
  'Arvenian, Torvanian delegations to study framework in capitals, deadline for answers extended to March 30, says Norland foreign minister',
  'news',
  '2031-03-14',
);

describe('an extended deadline and the day before it', () => {
  it('takes a later plain earlier day for the old state, not a disagreement', () => {
    const radio = doc(
      'b',
      'Presenter: The deadline for answers is next Tuesday. What will happen if one side says no?',
      'meeting-transcript',
      '2031-03-16',
    );
    expect(dateFlags(wire, radio)).toEqual([]);
    const aide = doc(
      'b',
      'The Torvanian aide said the deadline for answers was 20 March and that Drava would meet it.',
      'news',
      '2031-03-15',
    );
    expect(dateFlags(wire, aide)).toEqual([]);
  });

  it('takes a day told as "first due" for the old state', () => {
    const hansard = doc(
      'a',
      "The mediators announced this morning that the deadline for the parties' written responses, which had been set for tomorrow, will now be Friday 29 March.",
      'meeting-transcript',
      '2031-03-21',
    );
    const analysis = doc(
      'b',
      'Written responses were first due on 22 March; on 21 March the mediator gave both sides another week, to Friday 29 March.',
      'news',
      '2031-03-28',
    );
    expect(dateFlags(hansard, analysis)).toEqual([]);
  });

  it('still flags two days told for one extension', () => {
    const other = doc(
      'b',
      'The deadline for answers was extended by Norland last week to April 2, the Kessel daily reported.',
      'news',
      '2031-03-16',
    );
    expect(dateFlags(wire, other)).toEqual(['date ab']);
  });

  it('still flags two plain days', () => {
    const one = doc(
      'a',
      'The deadline for answers is 20 March, the Norland minister said.',
      'news',
      '2031-03-14',
    );
    const two = doc('b', 'The deadline for answers is 24 March, the Citadel said.', 'news', '2031-03-15');
    expect(dateFlags(one, two)).toEqual(['date ab']);
  });
});
