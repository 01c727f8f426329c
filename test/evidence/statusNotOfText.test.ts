// Status words that say nothing of the negotiated text (tuning sets 20, 21, 22 in real house
// styles): an exchange "on an all-for-all basis" completed against work continued "on the basis
// of" the text; the maxim "nothing is agreed until everything is agreed" told as how talks go; a
// liveblog's bare "It's done." Each beside a case that must still flag. Invented lines of the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const statusFlags = (a: string, b: string) =>
  kinds(doc('a', a), doc('b', b)).filter((k) => k.startsWith('status'));

describe('a status of something else than the text', () => {
  it('reads no status of the text in "basis"', () => {
    const fact = '- the exchange of prisoners on an "all for all" basis has been completed;';
    const mfa =
      'The Torvanian delegation agreed to continue work on the basis of the revised text of 19 points.';
    expect(statusFlags(fact, mfa)).toEqual([]);
  });

  it('reads no status in the maxim told as how talks go', () => {
    const wire = 'Solberg said the chapter on water was settled: "This was agreed in the room."';
    const podcast =
      'Both are telling the truth, because in this kind of negotiation you agree chapters ad referendum, and then you say nothing is agreed until everything is agreed.';
    expect(statusFlags(wire, podcast)).toEqual([]);
  });

  it('still flags the text said agreed and not agreed', () => {
    expect(
      statusFlags(
        'The text is agreed, Solberg told the Storting.',
        'Nothing in the text is agreed, Surin said.',
      ),
    ).toEqual(['status ab']);
  });
});
