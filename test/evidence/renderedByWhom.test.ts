// Whose words a quotation can render: a phrase a reporter lifts into a sentence of their own and
// gives to no one, or the words of a record's moderator, render no speaker's sentence, so they are
// no rendering that differs from it. A sentence given to no one still renders the named speaker's.
// Invented lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const wire = (words: string) => doc('a', `KESSEL, March 5 (Wirenews) - "${words}," Kostal said.`);
const quoteFlags = (found: string[]) => found.filter((k) => k.startsWith('quote'));

describe('a quotation that renders no one’s sentence', () => {
  it('does not set a phrase given to no one against the speaker’s sentence', () => {
    const analysis = doc(
      'b',
      'Analysis\n\nWhat Arvenia wants, in the end, is "the key to the room of its own," and the Palace will wait for it.',
    );
    expect(quoteFlags(kinds(wire('We want a key to the room that is ours'), analysis))).toEqual([]);
  });

  it('does not set a moderator’s words against a speaker’s', () => {
    const wirePhrase = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - Kostal said she had "a few questions about time limits on the line" for the envoy.',
    );
    const remarks = doc(
      'b',
      'Remarks to the press, Kessel\n\nMODERATOR: We have time for a few more questions on the line.\n\nMIRA KOSTAL: Thank you.',
      'press-conference',
    );
    expect(quoteFlags(kinds(wirePhrase, remarks))).toEqual([]);
  });

  it('still sets a sentence given to no one against the speaker’s, where they deny each other', () => {
    const post = doc(
      'b',
      'Palace Watch\n\nQuoted on state radio tonight: "We are not ready to meet Varin at this time."',
      'social',
    );
    expect(quoteFlags(kinds(wire('We are ready to meet Varin at any time'), post))).toEqual(['quote ab']);
  });

  it('takes a sentence quoted from a cut start as a sentence, not a lifted phrase', () => {
    const cut = doc(
      'b',
      'Palace Watch\n\nHeard on state radio this evening: "…our side will not sign the plan this month."',
      'social',
    );
    expect(quoteFlags(kinds(wire('Our side will sign the plan this month'), cut))).toEqual(['quote ab']);
  });
});
