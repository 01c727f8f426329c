// A count of an annex's points, or of the points a speaker says he will make, counts another
// thing than the text's body: set against the body's count it flags nothing. Two counts of the
// body, or of one annex, still disagree.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { pointsCounted } from '../../src/evidence/pointsOfAnother.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const numberFlags = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .disagreements.filter((d) => d.kind === 'number')
    .map((d) => d.reason);
const counted = (s: string) => quantities(s).map((q) => pointsCounted(s, q));

describe('points of an annex and of a speaker, counted apart from the text', () => {
  it('reads what each count of points counts', () => {
    expect(counted('The mediators cut the plan to 17 points, plus a four-point annex on the dam.')).toEqual([
      'body',
      'annex',
    ]);
    expect(
      counted('The revised text has nineteen (19) points, with an appendix of two (2) points on the port.'),
    ).toEqual(['body', 'annex']);
    expect(counted('On the river talks, three points.')).toEqual(['remarks']);
    expect(counted('Let me make two points about the 21-point draft.')).toEqual(['remarks', 'body']);
    expect(counted('I have four points to make this morning.')).toEqual(['remarks']);
    expect(counted('The framework now has 22 points.')).toEqual(['body']);
  });

  it('flags nothing between the body of a text and its annex', () => {
    const communique = doc(
      'a',
      'As a result of the talks, the Mediator prepared a revised text of fifteen (15) points, with an annex of four (4) points on the Vell dam, which the heads of delegation will take to their capitals.',
      'joint-statement',
    );
    const factbox = doc(
      'b',
      '* After three days of talks in Norland, the mediator trimmed the plan to 15 points, plus a four-point annex on the Vell dam, delegates said.',
    );
    const wire = doc(
      'c',
      'The revised document now consists of 15 points, an Arvenian official told reporters on Friday.',
    );
    expect(numberFlags(communique, factbox, wire).filter((r) => /four|4/.test(r))).toEqual([]);
  });

  it('flags nothing between a text of points and a speaker counting his own remarks', () => {
    const wire = doc(
      'a',
      'Talks centred on the 14-point framework that Norland handed to the two delegations on 2 May, a Norlander diplomat said.',
    );
    const briefing = doc(
      'b',
      'SPOKESPERSON: On the Vell process, three points. First, the second round will be held in Solbury. Second, both delegations have the revised framework.',
      'press-conference',
    );
    expect(numberFlags(wire, briefing)).toEqual([]);
  });

  it('still flags two counts of one annex', () => {
    const communique = doc(
      'a',
      'The Mediator prepared a revised text of fifteen points, with an annex of four points on the Vell dam.',
      'joint-statement',
    );
    const wire = doc(
      'b',
      'The revised text of fifteen points comes with an annex of six points on the Vell dam, delegates said.',
    );
    expect(numberFlags(communique, wire).length).toBeGreaterThan(0);
  });
});
