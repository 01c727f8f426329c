// The word lists several readers share (lexicon.ts): the text's names, everyone at the table, and
// the text said open by its parts. Folded into one, each reader reads what either list read before.
// Invented sentences: a ministry comment, a readout and a wire story on the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/evidence/passages.ts';
import { statusOf } from '../../src/evidence/status.ts';
import { unsettledPhrasing } from '../../src/evidence/textUnsettled.ts';

const status = (text: string) =>
  statusOf({ source: 'a', span: [0, text.length], text, kind: 'sentence' } as Passage)?.value;

describe('the text said open by its parts', () => {
  it('reads "not all" and "no provision" alike in both readers', () => {
    for (const sentence of [
      'Not all of them were agreed in Fjellby, the ministry said.',
      'Not all of the framework has been agreed yet.',
      'No section of the text is final yet, a diplomat said.',
      'No provision of it has been agreed, the readout says.',
    ]) {
      expect(status(sentence)).toBe('open');
      expect(unsettledPhrasing(sentence)).toBe('open');
    }
  });

  it('reads no status where everything is agreed', () => {
    expect(unsettledPhrasing('Everything in the framework has been agreed.')).toBeUndefined();
  });
});
