// A text "agreed in principle" or "agreed ad referendum" is not final: diplomats say so of a text
// whose drafting or whose capitals' approval is still to come. Said beside "the text is final",
// the two cannot both be true. Invented lines of the Arvenia–Torvania talks in three house styles.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/evidence/status.ts';
import { doc, kinds } from './linkedDocs.ts';

const status = (text: string) => statusOf({ text, words: new Set<string>() } as never)?.value;

describe('a text agreed in principle is not final', () => {
  it('reads "agreed in principle" and "ad referendum" as open, agreeing to act as no text state', () => {
    expect(status('The water protocol is agreed in principle; the drafting group will finish it.')).toBe(
      'open',
    );
    expect(status('The text was agreed ad referendum on 4 March, pending approval in capitals.')).toBe(
      'open',
    );
    expect(status('The water protocol is agreed.')).toBe('final');
    expect(status('The Union agreed in principle to guarantee the corridor.')).toBeUndefined();
  });

  it('flags "agreed in principle" against "final" from two speakers', () => {
    const briefing = [
      'MODERATOR: Thank you. Mr Dahl.',
      'SPECIAL ENVOY DAHL: The water protocol is agreed in principle; the drafting group in Fjellby will now complete it before signature.',
    ].join('\n\n');
    const transcript = [
      'Question: Is the document final or not?',
      'President Varin: For us the water protocol is final, and we will not reopen it.',
    ].join('\n\n');
    expect(kinds(doc('a', briefing, 'press-conference'), doc('b', transcript, 'press-conference'))).toEqual([
      'status ab',
    ]);
  });

  it('leaves "agreed in principle" beside "not yet final"', () => {
    const readout =
      'The Ministers noted that the water protocol is agreed in principle and awaits legal review.';
    const wire = 'The water protocol is not yet final, officials in Drava said on Tuesday.';
    expect(kinds(doc('a', readout, 'readout'), doc('b', wire))).toEqual([]);
  });
});
