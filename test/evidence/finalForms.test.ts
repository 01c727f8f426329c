// More ways official texts say a text is final or not yet: a council's operative paragraph that
// welcomes the agreement reached on it, a communiqué's "ready for signature", a readout's "was agreed
// on Tuesday"; and not final through consent or approval still owed. Invented sentences.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/evidence/status.ts';
import { doc, kinds } from './linkedDocs.ts';

const status = (text: string) => statusOf({ text, words: new Set<string>() } as never)?.value;

describe('a text said final in the words of communiqués and readouts', () => {
  it('reads a welcome of the agreement reached, the conclusion of negotiations, readiness for signature', () => {
    expect(status('2. Welcomes the agreement reached by the parties on the framework text;')).toBe('final');
    expect(status('3. Welcomes the conclusion of negotiations on the framework text;')).toBe('final');
    expect(status('Both sides concluded negotiations on the framework text.')).toBe('final');
    expect(status('The framework text is ready for signature.')).toBe('final');
    expect(status('The framework text was agreed on Tuesday.')).toBe('final');
  });

  it('flags such a text against a leader who says it is not final', () => {
    const wire = doc(
      'b',
      'KESSEL, March 5 (Wirenews) - "The framework text is not final. Several issues remain open," Kostal told reporters.',
    );
    expect(kinds(doc('a', 'The framework text is ready for signature, the ministry said.'), wire)).toEqual([
      'status ab',
    ]);
  });

  it('leaves a day for concluding the talks, and an agreement on a date', () => {
    expect(
      status('The Parties agree that the date for the conclusion of the negotiations is 30 April.'),
    ).not.toBe('final');
    expect(status('The ministers agreed on Tuesday to meet again in April.')).toBeUndefined();
  });
});

describe('a text not final while consent or approval is owed', () => {
  it('reads consent not yet given and an approval still required', () => {
    expect(status('Torvania has not yet given its final consent to the monitoring text.')).toBe('open');
    expect(status('The declaration still requires the approval of the Torvanian parliament.')).toBe('open');
  });
});
