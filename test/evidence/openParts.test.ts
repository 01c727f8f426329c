// A count of what is still open ("two points still open") is a part of a text, not its size:
// no figure against "all 14 points". Two counts of what is open still disagree. Invented
// sentences in a wire's, a social post's, a press conference's and a Hansard answer's styles.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const open = (s: string) => quantities(s).map((q) => [q.value, q.open === true]);

describe('counts of what is still open', () => {
  it('reads the open part however it is said', () => {
    expect(open('There are two points still open, the map and the corridor.')).toEqual([[2, true]]);
    expect(open('The remaining two clauses concern the corridor.')).toEqual([[2, true]]);
    expect(open('Four issues remain: the map, the corridor, the monitors and the date.')).toEqual([
      [4, true],
    ]);
    expect(open('Only three articles are still in brackets, the envoy said.')).toEqual([[3, true]]);
  });

  it('leaves the size of a text and other states alone', () => {
    expect(open('The text of 14 points remains the basis of the talks.')).toEqual([[14, false]]);
    expect(open('The 14 points remain valid.')).toEqual([[14, false]]);
    expect(open('Three crossing points are open to traffic.')).toEqual([[3, false]]);
    expect(open('Some 200 people remain in detention.')).toEqual([[200, false]]);
  });

  it('does not set the points still open against the size of the text', () => {
    const wire = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - Two points of the framework are still outstanding, a Norland official said on Tuesday.',
    );
    const statement = doc(
      'b',
      'Joint statement\n\nThe Parties initialled the framework of 14 points in Kessel.',
      'joint-statement',
    );
    expect(kinds(wire, statement)).toEqual([]);
    const answer = doc(
      'c',
      'Mr Dahl: The framework is nearly complete. There are two points still open, the map and the corridor.',
      'meeting-transcript',
    );
    const post = doc(
      'd',
      'Our delegation has initialled the framework. All 14 points are agreed ✅',
      'social',
    );
    expect(kinds(answer, post)).toEqual([]);
  });

  it('still sets two counts of the open points against each other', () => {
    const wire = doc(
      'a',
      'KESSEL (Wirenews) - Two points of the framework remain open, a Norland official said.',
    );
    const statement = doc(
      'b',
      'Joint statement\n\nThree points of the framework remain open and will be discussed next week.',
      'joint-statement',
    );
    expect(kinds(wire, statement)).toEqual(['number ab']);
  });
});
