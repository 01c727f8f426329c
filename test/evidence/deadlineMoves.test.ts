// A deadline across its moves: a source written before a move gives the old day, one after gives
// the new; a day told as earlier or original is a past state; a passage that tells a move without
// the new day dates the move. Two sources that each tell the latest move with two days still
// disagree. Invented sentences about the Arvenia–Torvania talks, in the styles of a wire story, a
// joint statement, a ministry readout, a mediator's press release and a social post.
import { describe, expect, it } from 'vitest';
import { changedTo, toldAsPast } from '../../src/evidence/deadlineMoves.ts';
import { linkSources } from '../../src/evidence/link.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const passage = (text: string) => ({ text, published: '2031-03-05' }) as Passage;

describe('the days a passage tells of a moved deadline', () => {
  it('reads the new day after a verb of change or "now", and the old day after "earlier" or "originally"', () => {
    expect(changedTo(passage('The deadline was moved again, this time to 25 March.'), roster)).toBe(
      '2031-03-25',
    );
    expect(changedTo(passage('Pull-back deadline adjusted to 27 March'), roster)).toBe('2031-03-27');
    expect(changedTo(passage("Reminder: the mediator's final deadline is now 27 March."), roster)).toBe(
      '2031-03-27',
    );
    expect(changedTo(passage('The withdrawal must be completed by 27 March.'), roster)).toBeUndefined();
    expect(toldAsPast(passage('That replaces the earlier 15 March target.'), roster)).toEqual(['2031-03-15']);
    expect(
      toldAsPast(passage('The deadline, originally set for March 10, was moved to March 20.'), roster),
    ).toEqual(['2031-03-10']);
    expect(toldAsPast(passage('Talks run from 10 March in Fjellby.'), roster)).toEqual([]);
    // A wire and a readout: the day given "instead of" another is the new one.
    expect(
      toldAsPast(
        passage('Barsanti said the parties had until March 22 to reply, instead of March 15 as first set.'),
        roster,
      ),
    ).toEqual(['2031-03-15']);
    expect(
      toldAsPast(passage('The parties agreed on 22 March instead of the 15 March date.'), roster),
    ).toEqual(['2031-03-15']);
  });
});

describe('two days of one deadline', () => {
  const before = doc(
    'a',
    'Envoy Dahl said the aim remained the withdrawal of heavy weapons from the Vell line by 15 March.',
    'news',
    '2031-03-02',
  );
  it('are two states when the earlier source wrote before a move another tells', () => {
    const after = doc(
      'b',
      'The withdrawal of heavy weapons from the Vell line has been extended to 31 March, the Mediator announced.',
      'press-release',
      '2031-03-10',
    );
    expect(kinds(before, after)).toEqual([]);
  });

  it('are two states when a third source calls the first day the original one', () => {
    const later = doc(
      'b',
      'The Parties shall complete the withdrawal of heavy weapons from the Vell line no later than 31 March 2031.',
      'joint-statement',
      '2031-03-10',
    );
    const explainer = doc(
      'c',
      'The withdrawal from the Vell line, originally set for 15 March, now falls at the end of the month.',
      'news',
      '2031-03-11',
    );
    expect(kinds(before, later, explainer).filter((k) => k.endsWith('ab'))).toEqual([]);
  });

  it('still disagree when both tell the latest move, each with its own day', () => {
    const one = doc(
      'a',
      'The withdrawal of heavy weapons from the Vell line has been extended to 31 March, the Mediator announced.',
      'press-release',
      '2031-03-10',
    );
    const other = doc(
      'b',
      'The deadline for the withdrawal of heavy weapons from the Vell line was moved again, this time to 28 March.',
      'news',
      '2031-03-11',
    );
    expect(kinds(one, other)).toEqual(['date ab']);
  });

  it('are two states when a deadline moved twice, each new day told in its week', () => {
    const first = doc(
      'a',
      'The withdrawal of heavy weapons from the Vell line has been extended to 31 March, the Mediator announced.',
      'press-release',
      '2031-03-10',
    );
    const second = doc(
      'b',
      'The deadline for the withdrawal of heavy weapons from the Vell line was moved again, this time to 10 April.',
      'news',
      '2031-03-28',
    );
    expect(kinds(first, second)).toEqual([]);
  });

  it('still disagree when neither source tells of a move', () => {
    const later = doc(
      'b',
      'The Parties shall complete the withdrawal of heavy weapons from the Vell line no later than 31 March 2031.',
      'joint-statement',
      '2031-03-10',
    );
    expect(kinds(before, later)).toEqual(['date ab']);
  });
});

describe('a day its own source sets aside', () => {
  const wire = doc(
    'b',
    'Arvenia and Torvania must complete the withdrawal of their forces from the Vell line by 20 March, the Mediator said.',
    'news',
    '2031-03-06',
  );
  it('is a stage of a schedule the source gives in full, not the deadline of the whole withdrawal', () => {
    const statement = doc(
      'a',
      'The withdrawal of forces from the Vell line shall be completed by 20 March 2031.\n\n(a) Heavy artillery: withdrawn by 13 March 2031.\n\n(b) Armoured units: withdrawn by 17 March 2031.',
      'joint-statement',
      '2031-03-06',
    );
    expect(kinds(statement, wire)).toEqual([]);
  });

  it('is a day the same source says the deadline was moved from', () => {
    const release = doc(
      'a',
      'Withdrawal deadline adjusted to 27 March\n\nThe Mission is not yet able to verify the withdrawal of forces from the Vell line by 20 March.',
      'press-release',
      '2031-03-18',
    );
    const report = doc(
      'b',
      'The deadline for the withdrawal of forces from the Vell line has been moved again, this time to 25 March.',
      'news',
      '2031-03-18',
    );
    const flags = linkSources([release, report], roster).disagreements;
    expect(flags.filter((d) => [d.a.text, d.b.text].some((t) => t.includes('20 March')))).toEqual([]);
  });
});
