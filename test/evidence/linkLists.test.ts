// A paper's page lists its other items under a heading after the story ("Related", "MORE ON THE
// TOPIC", "Read also"): link titles, not the story's words, though they read like labels and
// headlines with quotations. A government page's "Related content" is kept: its items are dated
// acts of the same office. Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';

const read = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' });

describe("a page's list of links after the story", () => {
  it('drops the titles under a paper\'s "Related" heading, a quotation in them too', () => {
    const doc = read(
      [
        'Vell talks stall over the map',
        'KESSEL, 2 March 2031 — Talks on the Vell accord stalled on Monday, officials said.',
        'Related',
        "Vell talks: what's in the twelve points",
        "Torvania's president: 'We will not sign in the dark'",
        'Leader: A river is not a border',
      ].join('\n\n'),
    );
    expect(doc.cleanText).not.toContain('A river is not a border');
    expect(doc.claims.filter((c) => c.kind === 'quote')).toEqual([]);
  });

  it('keeps the dated items a government page lists as its related content', () => {
    const doc = read(
      [
        'PM call with President Kostal: 2 March 2031',
        'The Prime Minister spoke to President Kostal of Arvenia this morning.',
        'Related content',
        'PM meeting with President Varin: 20 February 2031',
      ].join('\n\n'),
    );
    expect(doc.cleanText).toContain('PM meeting with President Varin');
  });
});
