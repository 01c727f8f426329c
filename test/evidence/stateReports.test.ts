// The same words given to two people are a misattribution when they are someone's line; a bare
// report of where the talks stand ("The water chapter is agreed.") is said by everyone who knows
// it. A state with a stand of the speaker's own added is his line. Invented sentences in AP,
// Hansard, Kremlin-transcript and Telegram styles.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const attributions = (...docs: ReturnType<typeof doc>[]) =>
  kinds(...docs).filter((k) => k.startsWith('attribution'));

describe('the same words given to two people', () => {
  it('flags no report of a state that two people each give', () => {
    const wire = doc('a', '"The water chapter is agreed," Dahl told reporters in Fjellby on Thursday.');
    const transcript = doc(
      'b',
      'PRESIDENT VARIN: The water chapter is agreed. The rest of the text is not, and we will not pretend otherwise.',
      'meeting-transcript',
    );
    expect(attributions(wire, transcript)).toEqual([]);
    const readout = doc(
      'c',
      'President Kostal stressed that "no order of signature has been agreed, and none will be agreed before the text itself is agreed."',
      'readout',
    );
    const channel = doc(
      'd',
      'Surin, this morning: "No order of signature has been agreed." Nothing more from the Citadel.',
      'social',
    );
    expect(attributions(readout, channel)).toEqual([]);
  });

  it('still flags a line of someone’s given to another', () => {
    const wire = doc(
      'a',
      '"A river does not wait for diplomats," Dahl told reporters in Fjellby on Thursday.',
    );
    const transcript = doc(
      'b',
      'PRESIDENT VARIN: A river does not wait for diplomats. We will sign.',
      'meeting-transcript',
    );
    expect(attributions(wire, transcript)).toEqual(['attribution ab']);
  });
});
