// How far a status word's assertion reaches: a status inside an embedded question ("whether the
// annex is final") asserts none, and "nothing … had been settled" denies in the past as "nothing
// … is settled" does in the present. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const notFinal = doc(
  'b',
  'The annex on river flow is not final, Pavel Surin said on Tuesday.',
  'news',
  '2031-03-07',
);

describe('the reach of a status', () => {
  it('reads no status in an embedded question', () => {
    const asked = doc(
      'a',
      'The working group on the Vell will decide next week whether the annex on river flow is final.',
      'readout',
      '2031-03-05',
    );
    expect(kinds(asked, notFinal)).toEqual([]);
    // Said outright, the same words still contradict.
    const said = doc(
      'a',
      'The annex on river flow is final, Ingrid Solberg said on Monday.',
      'readout',
      '2031-03-05',
    );
    expect(kinds(said, notFinal)).toEqual(['status ab']);
  });

  it('reads "nothing in it had been settled" as open', () => {
    const past = doc(
      'a',
      'A Torvanian official insisted that nothing in the annex on river flow had been settled.',
      'news',
      '2031-03-05',
    );
    const settled = doc(
      'b',
      'The annex on river flow is settled, Ingrid Solberg said on Tuesday.',
      'readout',
      '2031-03-07',
    );
    expect(kinds(past, settled)).toEqual(['status ab']);
    expect(kinds(past, notFinal)).toEqual([]);
  });

  it('reads "nothing … can undo that it was agreed" as agreed: "nothing" is not the subject of "was agreed"', () => {
    const undeniable = doc(
      'a',
      'Whatever Drava now alleges, nothing he adds can undo that the framework was agreed, Mira Kostal told reporters.',
      'news',
      '2031-03-05',
    );
    const agreed = doc(
      'b',
      'The framework was agreed in Fjellby on Tuesday, the mediator said.',
      'readout',
      '2031-03-07',
    );
    expect(kinds(undeniable, agreed)).not.toContain('status ab');
  });
});
