// A text's leak to the press is one occasion of one text: two sources that give it two days, or
// give the leaked text two lengths, cannot both be right; a revised text leaked later is another
// occasion. Invented lines of the Arvenia–Torvania talks: a wire, a ministry briefing transcript,
// a liveblog and an explainer.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';
import { linkTwiceCpuMs } from './timedRuns.ts';

const briefing = doc(
  'a',
  [
    'MODERATOR: The floor is yours.',
    'SPOKESMAN SURIN: The so-called plan first appeared in a newspaper on March 2, in a version of twenty-one points, and every version since has been shown to everyone but us.',
  ].join('\n\n'),
  'press-conference',
  '2031-03-12',
);

describe('one leak of one text', () => {
  it('flags two days of the first leak, and two lengths of the leaked text', () => {
    const wire = doc(
      'b',
      'KESSEL, March 10 (Norland Wire) - The first draft of the plan, which had 20 points, was leaked to a Kessel newspaper on March 3.',
      'news',
      '2031-03-10',
    );
    expect(kinds(briefing, wire).sort()).toEqual(['date ab', 'number ab']);
  });

  it('reads a text passed round among reporters as its leak', () => {
    const explainer = doc(
      'b',
      "The mediator's draft, which circulated among reporters on 5 March, runs to 18 points, from prisoner releases to the river border.",
      'news',
      '2031-03-10',
    );
    const wire = doc(
      'c',
      'The plan ran to 16 points in its first draft, the one leaked early in March.',
      'news',
      '2031-03-11',
    );
    expect(kinds(explainer, wire)).toEqual(['number bc']);
    // A text handed round among the delegations is no leak.
    const handed = doc(
      'b',
      "The mediator's draft, which circulated among the delegations on 5 March, runs to 18 points, from prisoner releases to the river border.",
      'news',
      '2031-03-10',
    );
    expect(kinds(handed, wire)).toEqual([]);
  });

  it('flags the day an explainer and a liveblog give the leak', () => {
    const explainer = doc(
      'a',
      'The draft, which Norland handed to both governments on 27 February and which an Arvenian daily published on 4 March, asks Torvania to release 400 million cubic metres a year.',
      'news',
      '2031-03-09',
    );
    const liveblog = doc(
      'b',
      '10:42 The round was overshadowed by the leak of the mediator’s draft, which appeared in the Arvenian newspaper Kessel Herald on 3 March.',
      'news',
      '2031-03-09',
    );
    expect(kinds(explainer, liveblog)).toEqual(['date ab']);
  });

  it('leaves a revised text leaked later, and a leak whose day is not told', () => {
    const first = doc(
      'a',
      'A twenty-point draft leaked on 3 March, Drava officials said.',
      'news',
      '2031-03-20',
    );
    const revised = doc('b', 'The revised sixteen-point text leaked on 18 March.', 'news', '2031-03-20');
    expect(kinds(first, revised)).toEqual([]);
    const later = doc(
      'b',
      'The mediator’s draft, delivered on 27 February and leaked days later, gave Torvania a veto.',
      'news',
      '2031-03-20',
    );
    expect(kinds(first, later)).toEqual([]);
  });

  it('does not take the leak of a draft and the report of its revision for one leak', () => {
    const leaks = (a: string, b: string) =>
      linkSources([doc('a', a), doc('b', b)], roster)
        .links.map((l) => l.reason)
        .filter((r) => r === 'a text leaked to the press');
    const draft = 'A twelve-point plan drafted for Arvenia was leaked to a coastal newspaper.';
    const revision =
      'A copy of the revised text, seen by the Halvard Tribune, gives Arvenia more seats on the board.';
    expect(leaks(draft, revision)).toEqual([]);
    // Two tellings of the revision's leak are one.
    expect(leaks(revision, 'Arvenia said the revised text printed by the Tribune was genuine.')).toEqual([
      'a text leaked to the press',
    ]);
  });
});

describe('the size of the leaked text', () => {
  it('is the count told of the leak, not one the sentence sets apart from it', () => {
    const wire = doc(
      'b',
      'The paper, an eleven-point memorandum drawn up by the Norland envoy, replaces a 17-point draft that leaked to a Kessel daily in February.',
      'news',
      '2031-03-10',
    );
    const post = doc(
      'c',
      'My source showed me the text: ten points, not the seventeen of the leaked version that went round in February.',
      'social',
      '2031-03-11',
    );
    const explainer = doc(
      'd',
      'A 17-point draft of the Norland plan leaked to a Kessel daily in February, weeks before the talks.',
      'news',
      '2031-03-09',
    );
    expect(kinds(wire, explainer)).toEqual([]);
    const leakFlags = linkSources([post, explainer], roster).disagreements.filter((d) =>
      d.reason.startsWith('leaked at'),
    );
    expect(leakFlags).toEqual([]);
  });

  it('still flags two lengths the sources give the one leaked text', () => {
    const wire = doc(
      'b',
      'The paper, an eleven-point memorandum drawn up by the Norland envoy, replaces a 15-point draft that leaked to a Kessel daily in February.',
      'news',
      '2031-03-10',
    );
    const explainer = doc(
      'd',
      'A 17-point draft of the Norland plan leaked to a Kessel daily in February, weeks before the talks.',
      'news',
      '2031-03-09',
    );
    expect(kinds(wire, explainer)).toEqual(['number bd']);
  });
});

describe('the size of the leaked text on hostile input', () => {
  // One run-on sentence of counts and leak words: the size was once sought by setting every count
  // against every leak word and copying the words between them, quadratic in the sentence (80,000
  // characters took over 4 s of CPU to link); each count is now set against its nearest leak words.
  it('links a run-on sentence of counted drafts and leaks in linear time', () => {
    const text = `${'an 8-clause memo leaked to the tabloid, '.repeat(2000)}the spokeswoman said.`;
    expect(linkTwiceCpuMs(text)).toBeLessThan(1500);
  });
});
