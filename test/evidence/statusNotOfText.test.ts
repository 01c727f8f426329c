// Status words that say nothing of the negotiated text (tuning sets 21 and 22 in real house
// styles): an exchange "on an all-for-all basis" completed against work continued "on the basis
// of" the text; the maxim "nothing is agreed until everything is agreed" told as how talks go; a
// document "not seen in its new form" is the revised one, not the one that leaked before. Each
// beside a case that must still flag. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/evidence/passages.ts';
import { revisedState } from '../../src/evidence/textState.ts';
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

describe('a text not seen in its new form', () => {
  it('is read as the revised text, not the one before', () => {
    const passage = (text: string) =>
      ({
        source: 'a',
        span: [0, text.length],
        text,
        kind: 'sentence',
        words: new Set(),
        quantities: [],
        names: [],
        nameWords: new Set(),
      }) as unknown as Passage;
    expect(
      revisedState(passage('We cannot comment on a document that we have not seen in its new form.')),
    ).toBe(true);
    expect(revisedState(passage('We have not seen the document in its original form.'))).toBe(false);
  });
});
