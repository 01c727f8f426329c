// "Nothing is agreed until everything is agreed" holds until the whole is agreed: it says nothing
// against a source that claims everything agreed, only against a part claimed agreed while the
// rest is open. The word "everything" the formula lends a passage is no text both speak of.
// Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { formulaOnlyWords } from '../../src/evidence/agreedFormula.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { doc, kinds } from './linkedDocs.ts';

const read = (text: string) => formulaOnlyWords({ text } as Passage);

describe('the words only the formula gives a passage', () => {
  it('reads "everything" of the formula as its own, not the text besides it', () => {
    expect(read('Our rule holds: nothing is agreed until everything is agreed.').has('everyth')).toBe(true);
    expect(
      read('Nothing is agreed until everything is agreed. That covers the fishing annex.').has('annex'),
    ).toBe(false);
    expect(read('The fishing annex is agreed.').size).toBe(0);
  });
});

describe('the formula against everything said agreed', () => {
  const formula = doc(
    'a',
    'Speaking in Fjellby, the Torvanian envoy repeated that nothing is agreed until everything is agreed.',
  );

  it('raises no status flag against a claim that everything is agreed', () => {
    const whole = doc(
      'b',
      'An Arvenian adviser wrote on Tuesday evening that "everything is agreed, only the ink is left".',
    );
    expect(kinds(formula, whole).filter((k) => k.startsWith('status'))).toEqual([]);
  });

  it('still flags a part said agreed against a denial of that part', () => {
    const part = doc('b', 'The Arvenian adviser said on Tuesday that the fishing annex is agreed.');
    const denied = doc('a', 'The Torvanian envoy said on Tuesday that the fishing annex is not agreed.');
    expect(kinds(denied, part)).toContain('status ab');
  });
});
